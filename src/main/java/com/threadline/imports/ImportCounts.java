package com.threadline.imports;

import java.util.List;

/** How many records of a run were inserted, updated, left unchanged and failed. */
public record ImportCounts(int inserted, int updated, int unchanged, int failed) {

    static ImportCounts of(List<RowOutcome> outcomes) {
        return new ImportCounts(count(outcomes, RowOutcome.INSERTED), count(outcomes, RowOutcome.UPDATED),
                count(outcomes, RowOutcome.UNCHANGED), count(outcomes, RowOutcome.FAILED));
    }

    private static int count(List<RowOutcome> outcomes, RowOutcome outcome) {
        return (int) outcomes.stream().filter(outcome::equals).count();
    }
}
