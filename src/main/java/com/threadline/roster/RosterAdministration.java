package com.threadline.roster;

import com.threadline.access.Role;
import com.threadline.roster.RosterViews.LeaveRequest;
import com.threadline.roster.RosterViews.LeaveView;
import com.threadline.roster.RosterViews.OverrideRequest;
import com.threadline.roster.RosterViews.OverrideView;
import com.threadline.roster.RosterViews.Person;
import com.threadline.roster.RosterViews.RoleDuty;
import com.threadline.roster.RosterViews.RosterView;
import com.threadline.roster.RosterViews.RotationRequest;
import com.threadline.roster.RosterViews.RotationView;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the roster for a day and changes it: rotations, leaves with their deputies, overrides. */
@Service
public class RosterAdministration {

    private final DutyRoster roster;
    private final DutyRotationRepository rotations;
    private final DutyLeaveRepository leaves;
    private final DutyOverrideRepository overrides;
    private final IdentityService identity;
    private final Clock clock;

    RosterAdministration(DutyRoster roster, DutyRotationRepository rotations, DutyLeaveRepository leaves,
            DutyOverrideRepository overrides, IdentityService identity, Clock clock) {
        this.roster = roster;
        this.rotations = rotations;
        this.leaves = leaves;
        this.overrides = overrides;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    RosterView on(LocalDate requested) {
        LocalDate day = requested == null ? LocalDate.now(clock) : requested;
        List<RoleDuty> roles = Arrays.stream(Role.values()).filter(r -> r.isInternal() && r != Role.ADMIN)
                .map(role -> roleDuty(role, day)).toList();
        return new RosterView(day, roles,
                leaves.notOverBy(day).stream().map(l -> new LeaveView(l.getId(), person(l.getUserId()),
                        l.getFromDate(), l.getToDate(), person(l.getDeputy()), l.getReason())).toList(),
                overrides.notOverBy(day).stream().map(o -> new OverrideView(o.getId(), o.getRole(),
                        Role.ofId(o.getRole()).label(), person(o.getUserId()), o.getFromDate(), o.getToDate(),
                        o.getReason())).toList());
    }

    /** Internal people, for the pickers. */
    @Transactional(readOnly = true)
    List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isInternal() && role != Role.ADMIN) {
                identity.createUserQuery().memberOfGroup(role.camundaGroup()).orderByUserId().asc().list().stream()
                        .filter(u -> people.stream().noneMatch(p -> p.userId().equals(u.getId())))
                        .forEach(u -> people.add(new Person(u.getId(), nameOf(u))));
            }
        }
        return people;
    }

    @Transactional
    public RoleDuty changeRotation(String roleId, RotationRequest request, String by) {
        Role role = internalRole("role", roleId);
        List<FieldProblem> problems = new ArrayList<>();
        for (String member : request.members()) {
            if (!identity.createUserQuery().userId(member).memberOfGroup(role.camundaGroup()).list().isEmpty()) {
                continue;
            }
            problems.add(new FieldProblem("members", "不是该角色的成员：" + member));
        }
        if (request.members().stream().distinct().count() != request.members().size()) {
            problems.add(new FieldProblem("members", "同一人在轮值中出现了两次"));
        }
        String deputy = blankToNull(request.deputy());
        if (deputy != null && !exists(deputy)) {
            problems.add(new FieldProblem("deputy", "没有这个人：" + deputy));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DutyRotation rotation = rotations.findByRole(role.id()).orElseGet(() -> new DutyRotation(role.id()));
        rotation.change(request.members(), request.shiftDays(), request.startsOn(), deputy, by, clock.instant());
        rotations.save(rotation);
        return roleDuty(role, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public boolean hasRotation(String roleId) {
        return rotations.findByRole(roleId).isPresent();
    }

    @Transactional
    void removeRotation(String roleId) {
        Role role = internalRole("role", roleId);
        rotations.findByRole(role.id()).ifPresent(rotations::delete);
    }

    @Transactional
    public LeaveView addLeave(LeaveRequest request, String by) {
        requirePerson("userId", request.userId());
        requirePerson("deputy", request.deputy());
        requireOrder(request.from(), request.to());
        if (request.userId().equals(request.deputy())) {
            throw InvalidRequestException.of("deputy", "代理人不能是请假的本人");
        }
        DutyLeave leave = leaves.save(new DutyLeave(request.userId(), request.from(), request.to(),
                request.deputy(), blankToNull(request.reason()), by, clock.instant()));
        return new LeaveView(leave.getId(), person(leave.getUserId()), leave.getFromDate(), leave.getToDate(),
                person(leave.getDeputy()), leave.getReason());
    }

    @Transactional
    void removeLeave(Long id) {
        leaves.delete(leaves.findById(id).orElseThrow(() -> new NotFoundException("No leave " + id)));
    }

    @Transactional
    public OverrideView addOverride(OverrideRequest request, String by) {
        Role role = internalRole("role", request.role());
        requirePerson("userId", request.userId());
        requireOrder(request.from(), request.to());
        DutyOverride override = overrides.save(new DutyOverride(role.id(), request.userId(), request.from(),
                request.to(), blankToNull(request.reason()), by, clock.instant()));
        return new OverrideView(override.getId(), role.id(), role.label(), person(override.getUserId()),
                override.getFromDate(), override.getToDate(), override.getReason());
    }

    @Transactional
    void removeOverride(Long id) {
        overrides.delete(overrides.findById(id).orElseThrow(() -> new NotFoundException("No override " + id)));
    }

    private RoleDuty roleDuty(Role role, LocalDate day) {
        DutyRoster.Duty duty = roster.onDuty(role.id(), day);
        RotationView rotation = rotations.findByRole(role.id())
                .map(r -> new RotationView(r.memberList().stream().map(this::person).toList(), r.getShiftDays(),
                        r.getStartsOn(), r.nextHandover(day)))
                .orElse(null);
        Person deputy = roster.deputyOf(role.id(), day).map(this::person).orElse(null);
        return new RoleDuty(role.id(), role.label(), duty.people().stream().map(this::person).toList(),
                duty.basis(), duty.away().stream().map(this::person).toList(), deputy, rotation);
    }

    private Role internalRole(String field, String roleId) {
        try {
            Role role = Role.ofId(roleId);
            if (role.isInternal() && role != Role.ADMIN) {
                return role;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below, as for a role outside the company
        }
        throw InvalidRequestException.of(field, "没有这个内部角色：" + roleId);
    }

    private void requirePerson(String field, String userId) {
        if (!exists(userId)) {
            throw InvalidRequestException.of(field, "没有这个人：" + userId);
        }
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidRequestException.of("to", "结束日期早于开始日期");
        }
    }

    private boolean exists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    private Person person(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return new Person(userId, user == null ? userId : nameOf(user));
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
