package com.threadline.export;

import com.threadline.order.OrderQueries;
import com.threadline.order.OrderViews.MilestoneView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** An order's T&A plan, one milestone a row: planned, forecast and actual dates, who owns it, where it stands. */
@Component
class PlanExport {

    private static final List<Integer> WIDTHS = List.of(20, 8, 12, 12, 12, 12, 12, 8, 30, 10);

    private final OrderQueries queries;
    private final ExportTexts texts;

    PlanExport(OrderQueries queries, ExportTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    void write(String orderNo, OutputStream out) throws IOException {
        List<MilestoneView> milestones = queries.detail(orderNo).milestones();
        try (XlsxSheet sheet = new XlsxSheet(texts.text("export.plan.sheet"), texts.headers("export.plan.headers"),
                WIDTHS)) {
            milestones.forEach(m -> sheet.row(row(m)));
            sheet.writeTo(out);
        }
    }

    private List<Object> row(MilestoneView m) {
        return Arrays.asList(m.nameZh(), texts.label("Stage", m.stage()), texts.label("Role", m.ownerRole()),
                m.plannedDate(), m.forecastDate(), m.actualDate(), m.expectedDate(), m.slipDays(), m.slipReason(),
                texts.text(m.done() ? "export.plan.done" : m.slipDays() > 0 ? "export.plan.late" : "export.plan.open"));
    }
}
