package com.threadline.order;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the rows of a few orders sixteen order numbers at a time, each page filled up to sixteen by repeating its
 * first. A query that names its orders as sixteen single parameters ({@link #in}) keeps its plan in Hibernate; one
 * bound to a list does not and is translated anew on every call (5% of the app's CPU when every milestone update
 * scanned its order). Sixteen, not fewer: a scan of changed orders under load covers up to about that many.
 */
public final class OrderNoPages {

    public static final int SIZE = 16;

    private static final String PARAMETERS = IntStream.rangeClosed(1, SIZE).mapToObj(i -> ":o" + i)
            .collect(Collectors.joining(", ", "(", ")"));

    private OrderNoPages() {
    }

    /** {@code orderNo in (:o1, ..., :o16)}, for a query that {@link #bind}s a page. */
    public static String in(String orderNo) {
        return orderNo + " in " + PARAMETERS;
    }

    /** The rows {@code page} reads for each page of exactly {@link #SIZE} order numbers, together. */
    public static <T> List<T> read(List<String> orderNos, Function<List<String>, List<T>> page) {
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < orderNos.size(); from += SIZE) {
            rows.addAll(page.apply(filled(orderNos.subList(from, Math.min(from + SIZE, orderNos.size())))));
        }
        return rows;
    }

    /** Binds a page's order numbers to the parameters of {@link #in}. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, List<String> page) {
        for (int i = 0; i < SIZE; i++) {
            query.setParameter("o" + (i + 1), page.get(i));
        }
        return query;
    }

    private static List<String> filled(List<String> orderNos) {
        List<String> page = new ArrayList<>(orderNos);
        while (page.size() < SIZE) {
            page.add(orderNos.get(0));
        }
        return page;
    }
}
