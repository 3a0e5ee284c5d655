package com.threadline.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What the roster API reads and writes. People are named by user id, and shown with their names. */
public final class RosterViews {

    private RosterViews() {
    }

    public record Person(String userId, String name) {
    }

    /** The roster on {@code date}: every internal role, the leaves and overrides not over by then. */
    public record RosterView(LocalDate date, List<RoleDuty> roles, List<LeaveView> leaves,
            List<OverrideView> overrides) {
    }

    /** Who stands behind {@code role} ({@code roleName}) on the day, on what basis, and its deputy. */
    public record RoleDuty(String role, String roleName, List<Person> onDuty, DutyRoster.Duty.Basis basis,
            List<Person> away, Person deputy, RotationView rotation) {
    }

    public record RotationView(List<Person> members, int shiftDays, LocalDate startsOn, LocalDate nextHandover) {
    }

    public record LeaveView(Long id, Person person, LocalDate from, LocalDate to, Person deputy, String reason) {
    }

    public record OverrideView(Long id, String role, String roleName, Person person, LocalDate from, LocalDate to,
            String reason) {
    }

    /** Members take the role in turn, {@code shiftDays} each, the first from {@code startsOn}. */
    public record RotationRequest(@NotEmpty @Size(max = 20) List<@NotBlank String> members,
            @NotNull @Min(1) @Max(28) Integer shiftDays, @NotNull LocalDate startsOn, String deputy) {
    }

    public record LeaveRequest(@NotBlank String userId, @NotNull LocalDate from, @NotNull LocalDate to,
            @NotBlank String deputy, @Size(max = 200) String reason) {
    }

    public record OverrideRequest(@NotBlank String role, @NotBlank String userId, @NotNull LocalDate from,
            @NotNull LocalDate to, @Size(max = 200) String reason) {
    }
}
