package com.threadline.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Re-forecasts a plan along its dependency chain.
 *
 * <p>A done milestone is forecast on its actual date. An open one falls on the latest of: its planned
 * date, each predecessor's forecast plus the planned gap between them (in open days of its calendar, so a slip into
 * a shutdown comes out after it), the date someone now expects it, the date its material lines are predicted in
 * house (an in-house milestone), and today; then the first open day from there (what is not done yet cannot happen in the past). Finishing early therefore never
 * pulls later milestones before their plan: the slack stays with the order, the delivery date holds.
 */
@Component
public class PlanForecaster {

    public void reforecast(List<Milestone> milestones, LocalDate today, PlanCalendar calendar) {
        Map<String, Milestone> byCode = new HashMap<>();
        milestones.forEach(m -> byCode.put(m.getCode(), m));
        for (Milestone milestone : inDependencyOrder(milestones, byCode)) {
            milestone.forecastOn(forecastOf(milestone, byCode, today, calendar));
        }
    }

    /** The forecast date of the milestone that stands for delivery (ex-factory), if the plan has one. */
    public Optional<LocalDate> deliveryForecast(List<Milestone> milestones) {
        return milestones.stream().filter(Milestone::isDeliveryMilestone).map(Milestone::getForecastDate).findFirst();
    }

    /**
     * How far the plan has got: the stage of the next open milestone (in plan order) after the furthest one done.
     * A milestone nobody recorded behind that point (a strike-off the style does not need) does not hold the order
     * back in an earlier stage; with nothing done it is the first milestone's stage, with everything done the last.
     */
    public Stage stageReached(List<Milestone> milestones) {
        List<Milestone> inPlanOrder = milestones.stream().sorted(Comparator.comparingInt(Milestone::getSeq)).toList();
        if (inPlanOrder.isEmpty()) {
            return Stage.DESIGN;
        }
        int furthestDone = -1;
        for (int i = 0; i < inPlanOrder.size(); i++) {
            if (inPlanOrder.get(i).isDone()) {
                furthestDone = i;
            }
        }
        for (int i = furthestDone + 1; i < inPlanOrder.size(); i++) {
            if (!inPlanOrder.get(i).isDone()) {
                return inPlanOrder.get(i).getStage();
            }
        }
        return inPlanOrder.get(inPlanOrder.size() - 1).getStage();
    }

    private LocalDate forecastOf(Milestone milestone, Map<String, Milestone> byCode, LocalDate today,
            PlanCalendar calendar) {
        if (milestone.isDone()) {
            return milestone.getActualDate();
        }
        boolean factory = milestone.isOnFactoryCalendar();
        LocalDate forecast = milestone.getPlannedDate();
        for (String code : milestone.predecessorCodes()) {
            Milestone predecessor = byCode.get(code);
            if (predecessor == null) {
                continue;
            }
            int gap = calendar.openDaysBetween(predecessor.getPlannedDate(), milestone.getPlannedDate(), factory);
            LocalDate after = gap >= 0 ? calendar.forward(predecessor.getForecastDate(), gap, factory)
                    : calendar.back(predecessor.getForecastDate(), -gap, factory);
            forecast = latest(forecast, after);
        }
        if (milestone.getExpectedDate() != null) {
            forecast = latest(forecast, milestone.getExpectedDate());
        }
        if (milestone.getMaterialDate() != null) {
            forecast = latest(forecast, milestone.getMaterialDate());
        }
        return calendar.onOrAfter(latest(forecast, today), factory);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Kahn's topological sort; a cycle in template data would be a data error, so it keeps seq order there. */
    private static List<Milestone> inDependencyOrder(List<Milestone> milestones, Map<String, Milestone> byCode) {
        Map<String, Integer> pending = new LinkedHashMap<>();
        Map<String, List<Milestone>> successors = new HashMap<>();
        for (Milestone m : milestones) {
            List<String> predecessors = m.predecessorCodes().stream().filter(byCode::containsKey).toList();
            pending.put(m.getCode(), predecessors.size());
            predecessors.forEach(p -> successors.computeIfAbsent(p, k -> new ArrayList<>()).add(m));
        }
        Deque<Milestone> ready = new ArrayDeque<>();
        milestones.stream().filter(m -> pending.get(m.getCode()) == 0).forEach(ready::add);
        List<Milestone> ordered = new ArrayList<>(milestones.size());
        while (!ready.isEmpty()) {
            Milestone next = ready.poll();
            ordered.add(next);
            for (Milestone successor : successors.getOrDefault(next.getCode(), List.of())) {
                if (pending.merge(successor.getCode(), -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        if (ordered.size() < milestones.size()) {
            milestones.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        }
        return ordered;
    }
}
