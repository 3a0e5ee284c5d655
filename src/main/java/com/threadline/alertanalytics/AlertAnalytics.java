package com.threadline.alertanalytics;

import com.threadline.access.DisplayNames;
import com.threadline.alertanalytics.AlertLoadQueries.ChannelCount;
import com.threadline.alertanalytics.AlertLoadQueries.GradeCount;
import com.threadline.alertanalytics.AlertLoadQueries.Interruption;
import com.threadline.notification.channel.Channel;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert analytics (告警分析) in PagerDuty's manner: how often alerts interrupted each person, per week, in working,
 * off and sleep hours; the voice calls and text messages each got; and, per grade, the share of alerts confirmed
 * within their response deadline.
 */
@Service
@Transactional(readOnly = true)
class AlertAnalytics {

    static final int DEFAULT_WEEKS = 13;
    static final int MAX_DAYS = 366;
    static final List<String> GRADES = List.of("P0", "P1", "P2", "P3");

    private final AlertLoadQueries queries;
    private final InterruptionHours hours;
    private final DisplayNames names;
    private final Clock clock;

    AlertAnalytics(AlertLoadQueries queries, InterruptionHours hours, DisplayNames names, Clock clock) {
        this.queries = queries;
        this.hours = hours;
        this.names = names;
        this.clock = clock;
    }

    /**
     * @param from first day (company zone); by default the Monday {@link #DEFAULT_WEEKS} weeks back, this week included
     * @param to last day, inclusive; today by default
     */
    Report of(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? monday(last).minusWeeks(DEFAULT_WEEKS - 1) : from;
        if (first.isAfter(last)) {
            throw InvalidRequestException.of("from", "不能晚于结束日期");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw InvalidRequestException.of("from", "时间段最长 " + MAX_DAYS + " 天");
        }
        ZoneId zone = clock.getZone();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<LocalDate> weeks = Stream.iterate(monday(first), w -> !w.isAfter(last), w -> w.plusWeeks(1)).toList();

        Map<String, Map<LocalDate, Map<HourKind, Long>>> load = new TreeMap<>();
        for (Interruption interruption : queries.interruptions(start, end)) {
            LocalDate week = monday(interruption.at().atZone(zone).toLocalDate());
            load.computeIfAbsent(interruption.recipient(), r -> new TreeMap<>())
                    .computeIfAbsent(week, w -> new EnumMap<>(HourKind.class))
                    .merge(hours.of(interruption.at()), 1L, Long::sum);
        }
        Map<String, Map<Channel, Long>> calls = new TreeMap<>();
        for (ChannelCount count : queries.callsAndTexts(start, end)) {
            calls.computeIfAbsent(count.recipient(), r -> new EnumMap<>(Channel.class))
                    .merge(count.channel(), count.count(), Long::sum);
        }
        Set<String> logins = new HashSet<>(load.keySet());
        logins.addAll(calls.keySet());
        Map<String, String> displayNames = names.of(logins);
        List<PersonLoad> people = logins.stream().map(login -> person(login,
                        displayNames.getOrDefault(login, login), weeks, load.getOrDefault(login, Map.of()),
                        calls.getOrDefault(login, Map.of())))
                .sorted(Comparator.comparingLong(PersonLoad::total).reversed().thenComparing(PersonLoad::name))
                .toList();
        return new Report(first, last, hours.sleepHours(), weeks, people,
                grades(queries.confirmations(start, end, clock.instant())));
    }

    private static PersonLoad person(String login, String name, List<LocalDate> weeks,
            Map<LocalDate, Map<HourKind, Long>> byWeek, Map<Channel, Long> calls) {
        List<WeekLoad> weekly = new ArrayList<>();
        long working = 0;
        long off = 0;
        long sleep = 0;
        for (LocalDate week : weeks) {
            Map<HourKind, Long> kinds = byWeek.getOrDefault(week, Map.of());
            WeekLoad w = new WeekLoad(week, kinds.getOrDefault(HourKind.WORKING, 0L),
                    kinds.getOrDefault(HourKind.OFF, 0L), kinds.getOrDefault(HourKind.SLEEP, 0L));
            weekly.add(w);
            working += w.working();
            off += w.off();
            sleep += w.sleep();
        }
        return new PersonLoad(login, name, working, off, sleep, working + off + sleep,
                calls.getOrDefault(Channel.VOICE, 0L), calls.getOrDefault(Channel.SMS, 0L), weekly);
    }

    private static List<GradeConfirmation> grades(List<GradeCount> counts) {
        return GRADES.stream().map(grade -> counts.stream().filter(c -> grade.equals(c.grade())).findFirst()
                        .orElse(new GradeCount(grade, 0, 0, 0)))
                .map(c -> new GradeConfirmation(c.grade(), c.alerts(), c.settled(), c.confirmedInTime(),
                        c.settled() == 0 ? null : (double) c.confirmedInTime() / c.settled()))
                .toList();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** {@code weeks}: the Mondays of the weeks the period touches. */
    record Report(LocalDate from, LocalDate to, String sleepHours, List<LocalDate> weeks, List<PersonLoad> people,
            List<GradeConfirmation> grades) {
    }

    /** One person's interruptions in the period by kind of hour, their voice calls and texts, and week by week. */
    record PersonLoad(String login, String name, long working, long off, long sleep, long total, long voiceCalls,
            long sms, List<WeekLoad> weekly) {
    }

    record WeekLoad(LocalDate week, long working, long off, long sleep) {
    }

    /**
     * One grade: alerts raised, those whose response deadline is settled (confirmed, or passed), those confirmed
     * by it, and the share of the settled ones that were (null when none is settled, as for P3 without deadline).
     */
    record GradeConfirmation(String grade, long alerts, long withDeadline, long confirmedInTime, Double share) {
    }
}
