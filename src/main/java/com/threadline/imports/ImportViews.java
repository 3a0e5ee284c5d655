package com.threadline.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the import page and the API show of jobs and batches. */
final class ImportViews {

    private ImportViews() {
    }

    /** A field a column may be mapped to. */
    record FieldView(String field, String header, boolean required, boolean perLine, String hint) {

        static FieldView of(ImportColumn column) {
            return new FieldView(column.field(), column.header(), column.required(), column.perLine(), column.hint());
        }
    }

    /** One problem of a failed row: the line, the column as the file named it, and why. */
    record ProblemView(int line, String column, String reason) {
    }

    record JobView(Long id, String kind, String kindTitle, String fileName, String mode, String modeLabel,
            String status, String statusLabel, boolean finished, int totalRows, int processedRows, int inserted,
            int updated, int unchanged, int failed, String message, Instant createdAt, Instant finishedAt,
            List<String> headers, Map<String, String> mapping, List<FieldView> fields, List<ProblemView> problems) {
    }

    /** A record of a batch: its index in the request (from 0), its key, what became of it and why. */
    record BatchRowView(int index, String key, String outcome, String outcomeLabel, List<RowResult.Problem> errors) {
    }

    record BatchView(String status, String statusLabel, int inserted, int updated, int unchanged, int failed,
            List<BatchRowView> rows) {
    }
}
