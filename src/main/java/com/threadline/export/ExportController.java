package com.threadline.export;

import com.threadline.access.SignedInUser;
import com.threadline.exception.ExceptionFilter;
import com.threadline.exception.ExceptionStatus;
import com.threadline.exception.ExceptionType;
import com.threadline.order.OrderFilter;
import com.threadline.order.OrderStatus;
import com.threadline.plan.Stage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Downloads as .xlsx: the order list and the exception list with the same filters as their API lists, and one
 * order's plan. A bad filter is refused as the list refuses it, before any byte of the file is sent.
 */
@RestController
@RequestMapping("/api/exports")
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OrderListExport orders;
    private final ExceptionListExport exceptions;
    private final PlanExport plans;
    private final ExportTexts texts;
    private final Clock clock;

    ExportController(OrderListExport orders, ExceptionListExport exceptions, PlanExport plans, ExportTexts texts,
            Clock clock) {
        this.orders = orders;
        this.exceptions = exceptions;
        this.plans = plans;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/orders.xlsx")
    void orders(@RequestParam(required = false) String q, @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) OrderStatus status, @RequestParam(required = false) String factory,
            @RequestParam(required = false) Boolean late,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        OrderFilter filter = new OrderFilter(q, stage, status, factory, late, dueFrom, dueTo);
        send(response, "orders", texts.text("export.orders.file"), out -> orders.write(filter, sort, out));
    }

    @GetMapping("/exceptions.xlsx")
    void exceptions(@RequestParam(required = false) String orderNo,
            @RequestParam(required = false) ExceptionType type, @RequestParam(required = false) String priority,
            @RequestParam(required = false) ExceptionStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine, @AuthenticationPrincipal SignedInUser user,
            HttpServletResponse response) throws IOException {
        ExceptionFilter filter = ExceptionFilter.forCaller(orderNo, type, priority, status, overdue, mine, user);
        send(response, "exceptions", texts.text("export.exceptions.file"), out -> exceptions.write(filter, out));
    }

    @GetMapping("/orders/{orderNo}/plan.xlsx")
    void plan(@PathVariable String orderNo, HttpServletResponse response) throws IOException {
        send(response, orderNo + "-plan", orderNo + texts.text("export.plan.file"), out -> plans.write(orderNo, out));
    }

    /**
     * The workbook is written into the response's own stream: its rows already wait in a temporary file, so nothing
     * but the zip's buffers is held in memory. The download's headers are set at the first byte: a refusal before it
     * (a bad filter, an unknown order) still becomes an ordinary problem answer.
     */
    private void send(HttpServletResponse response, String asciiName, String name, Body body) throws IOException {
        String day = LocalDate.now(clock).toString();
        String disposition = "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + day
                + ".xlsx\"; filename*=UTF-8''" + UriUtils.encode(name + "-" + day + ".xlsx", StandardCharsets.UTF_8);
        body.write(new FirstByteOpens(() -> {
            response.setContentType(XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
            return response.getOutputStream();
        }));
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }
}
