package com.threadline.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderNoPagesTest {

    @Test
    void readsSixteenOrdersAtATimeFillingAShortPageWithItsFirst() {
        List<List<String>> pages = new ArrayList<>();
        List<String> orderNos = IntStream.rangeClosed(1, 18).mapToObj(i -> "BO-" + i).toList();

        List<String> rows = OrderNoPages.read(orderNos, page -> {
            pages.add(page);
            return page.stream().distinct().toList();
        });

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).isEqualTo(orderNos.subList(0, 16));
        List<String> second = new ArrayList<>(List.of("BO-17", "BO-18"));
        second.addAll(Collections.nCopies(14, "BO-17"));
        assertThat(pages.get(1)).isEqualTo(second);
        assertThat(rows).containsExactlyElementsOf(orderNos);
    }

    @Test
    void noOrdersReadNothing() {
        assertThat(OrderNoPages.read(List.of(), page -> List.of("row"))).isEmpty();
    }

    @Test
    void namesAParameterForEachOrderOfAPage() {
        assertThat(OrderNoPages.in("o.orderNo")).startsWith("o.orderNo in (:o1, :o2, ").endsWith(", :o16)");
    }
}
