package com.threadline.export;

import com.threadline.exception.ExceptionFilter;
import com.threadline.exception.ExceptionQueries;
import com.threadline.exception.ExceptionViews.ExceptionSummary;
import com.threadline.web.PageOf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The exception list with its filters, every page of it, as .xlsx. */
@Component
class ExceptionListExport {

    private static final List<Integer> WIDTHS = List.of(8, 18, 12, 6, 8, 8, 40, 14, 8, 16, 16, 8, 16, 8);

    private final ExceptionQueries queries;
    private final ExportTexts texts;

    ExceptionListExport(ExceptionQueries queries, ExportTexts texts) {
        this.queries = queries;
        this.texts = texts;
    }

    void write(ExceptionFilter filter, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(texts.text("export.exceptions.sheet"),
                texts.headers("export.exceptions.headers"), WIDTHS)) {
            PageOf<ExceptionSummary> page;
            int number = 0;
            do {
                page = queries.list(filter, number++, PageOf.MAX_SIZE);
                page.items().forEach(e -> sheet.row(row(e)));
            } while ((long) number * PageOf.MAX_SIZE < page.total());
            sheet.writeTo(out);
        }
    }

    private List<Object> row(ExceptionSummary e) {
        return Arrays.asList(e.id(), e.orderNo(), e.typeLabel(), e.priority(), texts.label("ExceptionStatus", e.status()),
                texts.label("Stage", e.stage()), e.title(), e.subject(), e.delayDays(), texts.local(e.detectedAt()),
                texts.local(e.responseDueAt()), e.overdue() ? "是" : "否", texts.local(e.confirmedAt()),
                e.escalationLevel());
    }
}
