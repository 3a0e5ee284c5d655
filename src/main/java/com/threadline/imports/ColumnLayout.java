package com.threadline.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which field each column of a file fills, by the column's header. A header that matches none of the kind's
 * template headers (Chinese, English or both, whatever the case and spacing) and no remembered mapping is left out
 * until the user maps it.
 */
record ColumnLayout(List<String> headers, Map<String, String> fieldByHeader) {

    static Map<String, String> suggest(ImportKind kind, List<String> headers, Map<String, String> remembered) {
        Map<String, String> suggested = new LinkedHashMap<>();
        for (String header : headers) {
            Optional.ofNullable(remembered.get(header)).or(() -> templateField(kind, header))
                    .filter(field -> !suggested.containsValue(field))
                    .ifPresent(field -> suggested.put(header, field));
        }
        return suggested;
    }

    private static Optional<String> templateField(ImportKind kind, String header) {
        String wanted = normal(header);
        return kind.columns().stream()
                .filter(column -> List.of(column.header(), column.chinese(), column.english(), column.field())
                        .stream().map(ColumnLayout::normal).anyMatch(wanted::equals))
                .map(ImportColumn::field).findFirst();
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-./:：()（）]+", "");
    }

    /** Every reason the mapping cannot run: a field twice, an unknown field, the key or a required field missing. */
    List<RowResult.Problem> problems(ImportKind kind) {
        List<RowResult.Problem> problems = new ArrayList<>();
        Map<String, String> headerByField = new HashMap<>();
        boolean perLine = false;
        for (Map.Entry<String, String> entry : fieldByHeader.entrySet()) {
            Optional<ImportColumn> column = column(kind, entry.getValue());
            if (column.isEmpty()) {
                problems.add(new RowResult.Problem(entry.getKey(), "没有这个字段 / no such field: " + entry.getValue()));
                continue;
            }
            perLine |= column.get().perLine();
            String other = headerByField.put(entry.getValue(), entry.getKey());
            if (other != null) {
                problems.add(new RowResult.Problem(entry.getKey(), "与“" + other + "”列对应了同一字段 / maps to the same field as "
                        + other));
            }
        }
        for (ImportColumn column : kind.columns()) {
            boolean wanted = column.field().equals(kind.keyField())
                    || column.required() && (!column.perLine() || perLine);
            if (wanted && !headerByField.containsKey(column.field())) {
                problems.add(new RowResult.Problem(column.field(), "缺少必填列“" + column.header() + "” / required column missing"));
            }
        }
        return problems;
    }

    /** Whether the file has one row per line of a record (a per-line column is mapped). */
    boolean perLine(ImportKind kind) {
        return fieldByHeader.values().stream().anyMatch(field -> column(kind, field).map(ImportColumn::perLine)
                .orElse(false));
    }

    /** A row's values by field. */
    Map<String, String> values(List<String> cells) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < headers.size() && i < cells.size(); i++) {
            String field = fieldByHeader.get(headers.get(i));
            if (field != null) {
                values.put(field, cells.get(i));
            }
        }
        return values;
    }

    /** The file's header for a field, else the template's, for telling the user which column is wrong. */
    String headerOf(ImportKind kind, String field) {
        if (field == null) {
            return "";
        }
        String top = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        top = top.contains(".") ? top.substring(0, top.indexOf('.')) : top;
        for (Map.Entry<String, String> entry : fieldByHeader.entrySet()) {
            if (entry.getValue().equals(field) || entry.getValue().equals(top)) {
                return entry.getKey();
            }
        }
        String key = top;
        return column(kind, field).or(() -> column(kind, key)).map(ImportColumn::header).orElse(field);
    }

    static Optional<ImportColumn> column(ImportKind kind, String field) {
        return kind.columns().stream().filter(column -> column.field().equals(field)).findFirst();
    }
}
