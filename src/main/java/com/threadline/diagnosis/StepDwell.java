package com.threadline.diagnosis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How long a step took: from the day its last predecessor was done to its own day, against the planned gap
 * between them (its norm, the template's gap as this order's plan applied it). A first step has no dwell; an open
 * step's dwell runs to its forecast.
 */
public record StepDwell(String code, long tookDays, long normDays) {

    public long excessDays() {
        return tookDays - normDays;
    }

    /** The dwell of each step that has predecessors, by code. */
    public static Map<String, StepDwell> of(List<Step> steps) {
        Map<String, Step> byCode = steps.stream().collect(Collectors.toMap(Step::code, Function.identity()));
        Map<String, StepDwell> dwell = new LinkedHashMap<>();
        for (Step step : steps) {
            List<Step> before = step.predecessors().stream().map(byCode::get).filter(Objects::nonNull).toList();
            if (before.isEmpty()) {
                continue;
            }
            LocalDate started = before.stream().map(Step::date).max(LocalDate::compareTo).orElseThrow();
            LocalDate plannedStart = before.stream().map(Step::planned).max(LocalDate::compareTo).orElseThrow();
            dwell.put(step.code(), new StepDwell(step.code(), ChronoUnit.DAYS.between(started, step.date()),
                    ChronoUnit.DAYS.between(plannedStart, step.planned())));
        }
        return dwell;
    }

    /** Dwell only of steps done after predecessors that are all done: what the bottleneck statistics count. */
    public static Map<String, StepDwell> finished(List<Step> steps) {
        Map<String, Step> byCode = steps.stream().collect(Collectors.toMap(Step::code, Function.identity()));
        Map<String, StepDwell> all = of(steps);
        all.keySet().removeIf(code -> {
            Step step = byCode.get(code);
            return !step.done() || step.predecessors().stream().map(byCode::get)
                    .anyMatch(p -> p != null && !p.done());
        });
        return all;
    }
}
