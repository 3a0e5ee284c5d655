package com.threadline.imports;

import java.util.List;
import java.util.Map;

/**
 * One record to apply: the rows of the file that make it (one, or one per colour/size line, sharing the record's
 * columns), each row's values by field. Lines are counted as the file shows them, the header being line 1.
 */
public record ImportRecord(List<Row> rows) {

    public record Row(int line, Map<String, String> values) {

        /** The cell's text, stripped; null when the column is absent or the cell empty. */
        public String value(String field) {
            String value = values.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public int line() {
        return rows.get(0).line();
    }

    /** A record column's value, as its first row has it. */
    public String value(String field) {
        return rows.get(0).value(field);
    }
}
