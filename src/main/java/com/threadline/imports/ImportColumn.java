package com.threadline.imports;

/**
 * A column of a kind's template: the field it fills, its header in Chinese and English (the template writes
 * {@code "订单号 Order No"}; a file may use either half), whether a row must fill it, and a hint on its format.
 * A per-line column (colour, size, a line's quantity) is only in the template with one row per line.
 */
public record ImportColumn(String field, String chinese, String english, boolean required, String hint,
        boolean perLine) {

    public static ImportColumn required(String field, String chinese, String english, String hint) {
        return new ImportColumn(field, chinese, english, true, hint, false);
    }

    public static ImportColumn optional(String field, String chinese, String english, String hint) {
        return new ImportColumn(field, chinese, english, false, hint, false);
    }

    public static ImportColumn perLine(String field, String chinese, String english, String hint) {
        return new ImportColumn(field, chinese, english, true, hint, true);
    }

    public String header() {
        return chinese + " " + english;
    }
}
