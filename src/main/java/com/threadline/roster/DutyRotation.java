package com.threadline.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** A role handed to its members in turn, {@code shiftDays} each from {@code startsOn}, with a deputy behind them. */
@Entity
@Table(name = "duty_rotation")
class DutyRotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "role_id")
    private String role;
    private String members;
    private int shiftDays;
    private LocalDate startsOn;
    private String deputy;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected DutyRotation() {
    }

    DutyRotation(String role) {
        this.role = role;
    }

    void change(List<String> members, int shiftDays, LocalDate startsOn, String deputy, String by, Instant at) {
        this.members = String.join(",", members);
        this.shiftDays = shiftDays;
        this.startsOn = startsOn;
        this.deputy = deputy;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Whose turn it is on {@code day}; before the start the turns run backwards, so there always is one. */
    String onDuty(LocalDate day) {
        List<String> turn = memberList();
        long shift = Math.floorDiv(ChronoUnit.DAYS.between(startsOn, day), shiftDays);
        return turn.get((int) Math.floorMod(shift, turn.size()));
    }

    /** The first day of the shift that covers {@code day} after it: when the next person takes over. */
    LocalDate nextHandover(LocalDate day) {
        long shift = Math.floorDiv(ChronoUnit.DAYS.between(startsOn, day), shiftDays);
        return startsOn.plusDays((shift + 1) * shiftDays);
    }

    List<String> memberList() {
        return Arrays.stream(members.split(",")).filter(m -> !m.isBlank()).toList();
    }

    String getRole() {
        return role;
    }

    int getShiftDays() {
        return shiftDays;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    String getDeputy() {
        return deputy;
    }
}
