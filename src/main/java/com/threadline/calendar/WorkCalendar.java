package com.threadline.calendar;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's working calendar (no factory) or one factory's. The company's weekly rest days and working hours
 * say when routine (P2/P3) alerts go out; its closed days are the public holidays, which apply to every factory
 * unless the factory's own calendar marks the day working. A factory's calendar adds its own closures.
 */
@Entity
public class WorkCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long factoryId;
    private String name;
    private String restDays;
    private LocalTime workStart;
    private LocalTime workEnd;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "calendar_id", nullable = false, updatable = false)
    @OrderBy("onDate")
    private List<CalendarDay> days = new ArrayList<>();

    protected WorkCalendar() {
    }

    /** A factory's calendar, created when its first day is set; its week and hours are the company's. */
    WorkCalendar(Long factoryId, String name, WorkCalendar company) {
        this.factoryId = factoryId;
        this.name = name;
        this.restDays = company.restDays;
        this.workStart = company.workStart;
        this.workEnd = company.workEnd;
    }

    void changeWeek(Set<DayOfWeek> restDays, LocalTime workStart, LocalTime workEnd) {
        this.restDays = restDays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    void set(LocalDate date, CalendarDayKind kind, String dayName) {
        day(date).ifPresentOrElse(d -> d.change(kind, dayName), () -> days.add(new CalendarDay(date, kind, dayName)));
    }

    boolean remove(LocalDate date) {
        return days.removeIf(d -> d.getOnDate().equals(date));
    }

    Optional<CalendarDay> day(LocalDate date) {
        return days.stream().filter(d -> d.getOnDate().equals(date)).findFirst();
    }

    public boolean isCompany() {
        return factoryId == null;
    }

    public Long getFactoryId() {
        return factoryId;
    }

    public String getName() {
        return name;
    }

    public Set<DayOfWeek> getRestDays() {
        if (restDays == null || restDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(restDays.split(",")).map(String::trim).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public LocalTime getWorkStart() {
        return workStart;
    }

    public LocalTime getWorkEnd() {
        return workEnd;
    }

    public List<CalendarDay> getDays() {
        return days;
    }
}
