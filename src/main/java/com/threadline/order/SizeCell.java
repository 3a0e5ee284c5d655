package com.threadline.order;

import com.threadline.web.FieldProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Colour × size cells: which two are the same cell, what is wrong with a list of them, and the natural order of
 * sizes (XXS XS S M L XL XXL 3XL …, numbers by value, anything else after them by its text).
 */
public final class SizeCell {

    private static final List<String> LETTER_SIZES = List.of("XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL",
            "XXXL", "4XL", "5XL", "6XL");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");

    /** Sizes in the order people read them; used wherever sizes become columns. */
    public static final Comparator<String> SIZE_ORDER = Comparator.comparingInt(SizeCell::sizeGroup)
            .thenComparingDouble(SizeCell::sizeRank)
            .thenComparing(size -> size.strip().toUpperCase(Locale.ROOT));

    private SizeCell() {
    }

    /** What two cells are compared by: the database's case-insensitive collation would also call them one. */
    public static String key(String colour, String size) {
        return colour.strip().toUpperCase(Locale.ROOT) + "\u0000" + size.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The reasons a list of cells cannot stand, each on its field under {@code field}: a cell given twice, or
     * (when {@code total} is not null) a sum other than {@code total}.
     */
    public static List<FieldProblem> problems(String field, List<? extends Cell> cells, Integer total) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (!seen.add(key(cell.colour(), cell.size()))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "颜色 " + cell.colour().strip() + " 尺码 "
                        + cell.size().strip() + " 重复了 / colour and size given twice"));
            }
            sum += cell.quantity();
        }
        if (total != null && !cells.isEmpty() && sum != total) {
            problems.add(new FieldProblem(field, "各颜色尺码合计 " + sum + " 件，与数量 " + total + " 件不符 / the lines add up to "
                    + sum + ", not " + total));
        }
        return problems;
    }

    private static int sizeGroup(String size) {
        String s = normal(size);
        return LETTER_SIZES.contains(s) ? 0 : NUMBER.matcher(s).matches() ? 1 : 2;
    }

    private static double sizeRank(String size) {
        String s = normal(size);
        int letter = LETTER_SIZES.indexOf(s);
        if (letter >= 0) {
            return letter;
        }
        return NUMBER.matcher(s).matches() ? Double.parseDouble(s) : 0;
    }

    /** 2XL and XXL are one size, as are 3XL and XXXL. */
    private static String normal(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "2XL" -> "XXL";
            case "3XL" -> "XXXL";
            case "2XS" -> "XXS";
            case "3XS" -> "XXXS";
            default -> s;
        };
    }

    /** A colour, a size and a number of pieces. */
    public interface Cell {
        String colour();

        String size();

        Integer quantity();
    }
}
