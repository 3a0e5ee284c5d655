package com.threadline.diagnosis;

import com.threadline.plan.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One milestone of an order's plan as the diagnosis reads it: what was planned, what is forecast, what happened.
 * Its date is the actual one when it is done, the forecast while it is open.
 */
public record Step(int seq, String code, String name, Stage stage, List<String> predecessors, boolean delivery,
        LocalDate planned, LocalDate forecast, LocalDate actual, String slipReason) {

    public Step {
        predecessors = List.copyOf(predecessors);
    }

    public LocalDate date() {
        return actual != null ? actual : forecast;
    }

    public boolean done() {
        return actual != null;
    }

    /** Days after its planned date (negative: early). */
    public long slipDays() {
        return ChronoUnit.DAYS.between(planned, date());
    }
}
