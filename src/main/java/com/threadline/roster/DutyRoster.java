package com.threadline.roster;

import com.threadline.access.RoleMembers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        Day roster = day(day);
        Set<String> people = new LinkedHashSet<>();
        for (String role : roles) {
            people.addAll(roster.onDuty(role).people());
        }
        return List.copyOf(people);
    }

    /** The role's deputy on {@code day} (standing in for them when they are away), if the roster names one. */
    @Transactional(readOnly = true)
    public Optional<String> deputyOf(String role, LocalDate day) {
        return rotations.findByRole(role).map(DutyRotation::getDeputy)
                .map(deputy -> present(deputy, leavesOn(day)));
    }

    /** Who stands behind the role on {@code day}, and why. */
    @Transactional(readOnly = true)
    public Duty onDuty(String role, LocalDate day) {
        return day(day).onDuty(role);
    }

    /** The day's overrides, rotations and leaves, read once (three queries) for all the roles and people asked. */
    private Day day(LocalDate day) {
        Map<String, DutyOverride> overrideOf = new HashMap<>();
        overrides.coveringDay(day).forEach(override -> overrideOf.putIfAbsent(override.getRole(), override));
        Map<String, DutyRotation> rotationOf = new HashMap<>();
        rotations.findAll().forEach(rotation -> rotationOf.put(rotation.getRole(), rotation));
        return new Day(day, overrideOf, rotationOf, leavesOn(day));
    }

    /** The leaves covering {@code day} by person; of several, the newest counts. */
    private Map<String, DutyLeave> leavesOn(LocalDate day) {
        Map<String, DutyLeave> leaveOf = new HashMap<>();
        leaves.coveringDay(day).forEach(leave -> leaveOf.putIfAbsent(leave.getUserId(), leave));
        return leaveOf;
    }

    /** The person, or whoever stands in for them because they are on leave (whose deputy may be on leave too). */
    private static String present(String person, Map<String, DutyLeave> leaves) {
        String present = person;
        for (int handover = 0; handover < MOST_HANDOVERS; handover++) {
            DutyLeave leave = leaves.get(present);
            if (leave == null) {
                return present;
            }
            present = leave.getDeputy();
        }
        return present;
    }

    /** One day of the roster; of several overrides or leaves covering the day, the newest counts. */
    private final class Day {

        private final LocalDate day;
        private final Map<String, DutyOverride> overrides;
        private final Map<String, DutyRotation> rotations;
        private final Map<String, DutyLeave> leaves;

        Day(LocalDate day, Map<String, DutyOverride> overrides, Map<String, DutyRotation> rotations,
                Map<String, DutyLeave> leaves) {
            this.day = day;
            this.overrides = overrides;
            this.rotations = rotations;
            this.leaves = leaves;
        }

        Duty onDuty(String role) {
            DutyOverride override = overrides.get(role);
            if (override != null) {
                return duty(List.of(override.getUserId()), Duty.Basis.OVERRIDE);
            }
            DutyRotation rotation = rotations.get(role);
            if (rotation != null && !rotation.memberList().isEmpty()) {
                return duty(List.of(rotation.onDuty(day)), Duty.Basis.ROTATION);
            }
            return duty(members.usersIn(List.of(role)), Duty.Basis.ALL_MEMBERS);
        }

        private Duty duty(List<String> scheduled, Duty.Basis basis) {
            List<String> people = new ArrayList<>();
            List<String> away = new ArrayList<>();
            for (String person : scheduled) {
                String present = present(person, leaves);
                if (!present.equals(person)) {
                    away.add(person);
                }
                if (!people.contains(present)) {
                    people.add(present);
                }
            }
            return new Duty(people, basis, away);
        }
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
