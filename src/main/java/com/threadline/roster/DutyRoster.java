package com.threadline.roster;

import com.threadline.access.RoleMembers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who stands behind a role on a day. A manager's override names one person; else a rotation names whose turn it
 * is; a role with neither is stood behind by all its members. Whoever is on leave that day hands over to their
 * leave's deputy (and that deputy, when away too, to theirs). Read at each notification, so a handover at
 * midnight or a leave entered a minute ago is taken by the next alert.
 */
@Service
public class DutyRoster {

    /** A chain of deputies longer than this is a loop of people covering for each other. */
    private static final int MOST_HANDOVERS = 5;

    private final DutyRotationRepository rotations;
    private final DutyLeaveRepository leaves;
    private final DutyOverrideRepository overrides;
    private final RoleMembers members;

    DutyRoster(DutyRotationRepository rotations, DutyLeaveRepository leaves, DutyOverrideRepository overrides,
            RoleMembers members) {
        this.rotations = rotations;
        this.leaves = leaves;
        this.overrides = overrides;
        this.members = members;
    }

    /** The people on duty for any of the roles on {@code day}, each once, in the roles' order. */
    @Transactional(readOnly = true)
    public List<String> onDuty(Collection<String> roles, LocalDate day) {
        Set<String> people = new LinkedHashSet<>();
        for (String role : roles) {
            people.addAll(onDuty(role, day).people());
        }
        return List.copyOf(people);
    }

    /** The role's deputy on {@code day} (standing in for them when they are away), if the roster names one. */
    @Transactional(readOnly = true)
    public Optional<String> deputyOf(String role, LocalDate day) {
        return rotations.findByRole(role).map(DutyRotation::getDeputy).map(deputy -> present(deputy, day));
    }

    /** Who stands behind the role on {@code day}, and why. */
    @Transactional(readOnly = true)
    public Duty onDuty(String role, LocalDate day) {
        List<DutyOverride> override = overrides.covering(role, day);
        if (!override.isEmpty()) {
            return duty(List.of(override.get(0).getUserId()), Duty.Basis.OVERRIDE, day);
        }
        Optional<DutyRotation> rotation = rotations.findByRole(role);
        if (rotation.isPresent() && !rotation.get().memberList().isEmpty()) {
            return duty(List.of(rotation.get().onDuty(day)), Duty.Basis.ROTATION, day);
        }
        return duty(members.usersIn(List.of(role)), Duty.Basis.ALL_MEMBERS, day);
    }

    private Duty duty(List<String> scheduled, Duty.Basis basis, LocalDate day) {
        List<String> people = new ArrayList<>();
        List<String> away = new ArrayList<>();
        for (String person : scheduled) {
            String present = present(person, day);
            if (!present.equals(person)) {
                away.add(person);
            }
            if (!people.contains(present)) {
                people.add(present);
            }
        }
        return new Duty(people, basis, away);
    }

    /** The person, or whoever stands in for them on {@code day} because they are on leave. */
    private String present(String person, LocalDate day) {
        String present = person;
        for (int handover = 0; handover < MOST_HANDOVERS; handover++) {
            List<DutyLeave> leave = leaves.covering(present, day);
            if (leave.isEmpty()) {
                return present;
            }
            present = leave.get(0).getDeputy();
        }
        return present;
    }

    /**
     * The people behind a role on a day; {@code away} are those the schedule named who are on leave, whose
     * deputies are among {@code people}.
     */
    public record Duty(List<String> people, Basis basis, List<String> away) {

        public enum Basis {
            OVERRIDE, ROTATION, ALL_MEMBERS
        }
    }
}
