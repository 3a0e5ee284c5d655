package com.threadline.export;

import com.threadline.order.OrderFilter;
import com.threadline.order.OrderQueries;
import com.threadline.order.OrderViews.OrderSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The order list as the list page shows it (same filters, same order), every row of it, as .xlsx. */
@Component
class OrderListExport {

    private static final int BATCH = 2_000;
    private static final List<Integer> WIDTHS = List.of(18, 24, 24, 8, 10, 12, 20, 8, 8, 12, 10);

    private final OrderQueries queries;
    private final ExportTexts texts;

    OrderListExport(OrderQueries queries, ExportTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    /** Refuses a bad filter or sort before anything is written. */
    void write(OrderFilter filter, String sort, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(texts.text("export.orders.sheet"), texts.headers("export.orders.headers"),
                WIDTHS)) {
            queries.forEachBatch(filter, sort, BATCH, batch -> batch.forEach(o -> sheet.row(row(o))));
            sheet.writeTo(out);
        }
    }

    private List<Object> row(OrderSummary o) {
        return Arrays.asList(o.orderNo(), o.customer(), o.style(), texts.label("ProductType", o.productType()),
                o.quantity(), o.dueDate(), o.factoryName(), texts.label("OrderStatus", o.status()),
                texts.label("Stage", o.stage()), o.forecastDeliveryDate(), o.delayDays());
    }
}
