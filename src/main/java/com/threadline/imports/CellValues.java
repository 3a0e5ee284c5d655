package com.threadline.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a row's text cells for a kind, collecting a Chinese problem per cell that does not
 * read; a cell that does not read gives null, so the kind can go on and report every problem of the row at once.
 */
public final class CellValues {

    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private final List<RowResult.Problem> problems = new ArrayList<>();

    public String text(ImportRecord.Row row, String field) {
        return row.value(field);
    }

    public Integer integer(ImportRecord.Row row, String field) {
        String text = row.value(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new RowResult.Problem(field, "须为整数，而不是“" + text + "” / must be a whole number"));
            return null;
        }
    }

    public BigDecimal decimal(ImportRecord.Row row, String field) {
        String text = row.value(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new RowResult.Problem(field, "须为数字，而不是“" + text + "” / must be a number"));
            return null;
        }
    }

    /** A date as 2026-12-31, 2026/12/31, 2026.12.31 or 20261231 (Excel's date cells come as the first). */
    public LocalDate date(ImportRecord.Row row, String field) {
        String text = row.value(field);
        if (text == null) {
            return null;
        }
        try {
            var slashed = SLASHED.matcher(text);
            if (slashed.matches()) {
                return LocalDate.of(Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)),
                        Integer.parseInt(slashed.group(3)));
            }
            return text.length() == 8 ? LocalDate.parse(text, COMPACT) : LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            problems.add(new RowResult.Problem(field, "日期无法识别“" + text + "”，请写成 2026-12-31 / not a date"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(ImportRecord.Row row, String field, Class<E> type, Set<String> shown) {
        String text = row.value(field);
        if (text == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        problems.add(new RowResult.Problem(field, "须为 " + String.join("、", shown) + " 之一 / must be one of " + shown));
        return null;
    }

    public void problem(String field, String reason) {
        problems.add(new RowResult.Problem(field, reason));
    }

    public List<RowResult.Problem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
