package com.threadline.imports;

import java.util.List;

/** A record's outcome and, when it failed, each problem on its field (null for the record as a whole). */
public record RowResult(RowOutcome outcome, List<Problem> problems) {

    public record Problem(String field, String reason) {
    }

    public static RowResult of(RowOutcome outcome) {
        return new RowResult(outcome, List.of());
    }

    public static RowResult failed(List<Problem> problems) {
        return new RowResult(RowOutcome.FAILED, List.copyOf(problems));
    }

    public static RowResult failed(String field, String reason) {
        return failed(List.of(new Problem(field, reason)));
    }
}
