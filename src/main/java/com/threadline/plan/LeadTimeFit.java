package com.threadline.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a template into the lead time an order leaves. The template's offsets are scheduled backwards from the due
 * date; when the first milestone would fall before the order date, every gap before delivery is compressed by the
 * same rule (the least compression that fits, in steps of 1%), none below its milestone's minimum days
 * ({@link TemplateMilestone#getMinDays()}). Milestones after delivery (customs, sailing, arrival) keep their
 * offsets: the sea does not sail faster for an express order. Gaps count open days of each milestone's calendar
 * ({@link PlanCalendar}), so a plan across a shutdown starts that much earlier. When even the minimums do not fit,
 * the result says so, with the earliest due date that would.
 */
final class LeadTimeFit {

    private LeadTimeFit() {
    }

    /**
     * @param percent how much of the template's gaps the plan keeps: 100 as written, 0 all at their minimum
     * @param earliestDue when it does not fit: the earliest due date the tightest plan fits; else null
     */
    record Result(Map<String, LocalDate> plannedDates, int percent, boolean fits, LocalDate earliestDue) {

        boolean compressed() {
            return percent < 100;
        }
    }

    /** How far past the due date the earliest feasible one is looked for. */
    private static final int SEARCH_DAYS = 400;

    static Result fit(MilestoneTemplate template, LocalDate orderDate, LocalDate dueDate, PlanCalendar calendar) {
        for (int percent = 100; percent >= 0; percent--) {
            Map<String, LocalDate> dates = schedule(template, dueDate, percent, calendar);
            if (!earliest(dates).isBefore(orderDate)) {
                return new Result(dates, percent, true, null);
            }
        }
        LocalDate earliestDue = null;
        for (LocalDate due = dueDate.plusDays(1); earliestDue == null && due.isBefore(dueDate.plusDays(SEARCH_DAYS));
                due = due.plusDays(1)) {
            if (!earliest(schedule(template, due, 0, calendar)).isBefore(orderDate)) {
                earliestDue = due;
            }
        }
        return new Result(schedule(template, dueDate, 0, calendar), 0, false, earliestDue);
    }

    /** Backwards from the due date: each milestone before delivery falls its (compressed) gap before its successors. */
    static Map<String, LocalDate> schedule(MilestoneTemplate template, LocalDate dueDate, int percent,
            PlanCalendar calendar) {
        Map<String, TemplateMilestone> beforeDelivery = new HashMap<>();
        Map<String, List<TemplateMilestone>> successors = new HashMap<>();
        for (TemplateMilestone m : template.getMilestones()) {
            if (m.getOffsetDays() <= 0) {
                beforeDelivery.put(m.getCode(), m);
            }
        }
        for (TemplateMilestone m : beforeDelivery.values()) {
            for (String predecessor : predecessors(m)) {
                if (beforeDelivery.containsKey(predecessor)) {
                    successors.computeIfAbsent(predecessor, k -> new ArrayList<>()).add(m);
                }
            }
        }
        Map<String, LocalDate> dates = new HashMap<>();
        for (TemplateMilestone m : template.getMilestones()) {
            if (m.getOffsetDays() > 0) {
                dates.put(m.getCode(), calendar.forward(dueDate, m.getOffsetDays(), m.isOnFactoryCalendar()));
            } else {
                dateOf(m, dueDate, percent, successors, dates, calendar);
            }
        }
        return dates;
    }

    private static LocalDate dateOf(TemplateMilestone m, LocalDate dueDate, int percent,
            Map<String, List<TemplateMilestone>> successors, Map<String, LocalDate> dates, PlanCalendar calendar) {
        LocalDate known = dates.get(m.getCode());
        if (known != null) {
            return known;
        }
        // stands in while its successors are scheduled, so a cycle in template data ends instead of recursing
        dates.put(m.getCode(), dueDate.plusDays(m.getOffsetDays()));
        boolean factory = m.isOnFactoryCalendar();
        LocalDate date = null;
        if (m.isDeliveryMilestone()) {
            date = calendar.onOrBefore(dueDate, factory);
        } else {
            for (TemplateMilestone successor : successors.getOrDefault(m.getCode(), List.of())) {
                LocalDate successorDate = dateOf(successor, dueDate, percent, successors, dates, calendar);
                // the gap is the successor's work, counted on its calendar; the milestone then lands on an open day of
                // its own: the forecast counts the same way forwards, so a plan on time stays on time
                int gap = gap(m, successor, percent);
                boolean successorAtFactory = successor.isOnFactoryCalendar();
                LocalDate latestForSuccessor = calendar.onOrBefore(gap >= 0
                        ? calendar.back(successorDate, gap, successorAtFactory)
                        : calendar.forward(successorDate, -gap, successorAtFactory), factory);
                date = date == null || latestForSuccessor.isBefore(date) ? latestForSuccessor : date;
            }
            if (date == null) {
                date = calendar.back(dueDate, (int) -Math.round(m.getOffsetDays() * percent / 100.0), factory);
            }
        }
        dates.put(m.getCode(), date);
        return date;
    }

    /** The days between a milestone and a successor: the template's, kept to {@code percent}, not below the minimum. */
    static int gap(TemplateMilestone predecessor, TemplateMilestone successor, int percent) {
        int written = successor.getOffsetDays() - predecessor.getOffsetDays();
        if (written <= successor.getMinDays()) {
            return written;
        }
        return Math.max(successor.getMinDays(), (int) Math.round(written * percent / 100.0));
    }

    private static List<String> predecessors(TemplateMilestone m) {
        if (m.getDependsOn() == null || m.getDependsOn().isBlank()) {
            return List.of();
        }
        return List.of(m.getDependsOn().split("\\s*,\\s*"));
    }

    private static LocalDate earliest(Map<String, LocalDate> dates) {
        return dates.values().stream().min(LocalDate::compareTo).orElseThrow();
    }
}
