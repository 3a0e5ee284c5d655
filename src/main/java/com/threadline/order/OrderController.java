package com.threadline.order;

import com.threadline.order.OrderService.Created;
import com.threadline.order.OrderViews.OrderDetail;
import com.threadline.order.OrderViews.OrderSummary;
import com.threadline.order.OrderViews.PlanPreview;
import com.threadline.web.PageOf;
import com.threadline.order.ProgressReportService.ReportOutcome;
import com.threadline.plan.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService service;
    private final OrderQueries queries;
    private final ProgressReportService reports;
    private final AnswerInChangeTransaction inChange;

    OrderController(OrderService service, OrderQueries queries, ProgressReportService reports,
            AnswerInChangeTransaction inChange) {
        this.service = service;
        this.queries = queries;
        this.reports = reports;
        this.inChange = inChange;
    }

    /**
     * 201 for a new order, 200 when the same request was already taken. The same request sent twice at
     * once races on the unique order number: the loser retries and finds the winner's order.
     */
    @PostMapping
    ResponseEntity<OrderDetail> create(@Valid @RequestBody CreateOrderRequest request) {
        Answered created = null;
        for (int attempt = 1; created == null; attempt++) {
            try {
                created = inChange.answer(() -> {
                    Created order = service.create(request);
                    return new Answered(order.isNew(), queries.detail(order.order()));
                });
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException raceWithSameOrderNo) {
                if (attempt == 3) {
                    throw raceWithSameOrderNo;
                }
            }
        }
        OrderDetail body = created.order();
        return created.isNew()
                ? ResponseEntity.created(URI.create("/api/orders/" + body.orderNo())).body(body)
                : ResponseEntity.ok(body);
    }

    /** The T&A plan an order would get if it were saved now; refused on the same fields as saving it. */
    @PostMapping("/plan-preview")
    PlanPreview preview(@Valid @RequestBody PreviewRequest body) {
        return PlanPreview.of(service.preview(body.productType(), body.dueDate(), body.factoryCode()));
    }

    /** Changes the facts that need no approval (style, remarks, material dates); answers the order as it is now. */
    @PatchMapping("/{orderNo}")
    OrderDetail edit(@PathVariable String orderNo, @Valid @RequestBody EditOrderRequest body) {
        return inChange.answer(() -> queries.detail(service.edit(orderNo, body)));
    }

    @GetMapping
    PageOf<OrderSummary> list(@RequestParam(required = false) @Size(max = 64) String q,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) String factory,
            @RequestParam(required = false) Boolean late,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return queries.list(new OrderFilter(q, stage, status, factory, late, dueFrom, dueTo), page, size, sort);
    }

    @GetMapping("/{orderNo}")
    OrderDetail detail(@PathVariable String orderNo) {
        return queries.detail(orderNo);
    }

    @PostMapping("/{orderNo}/milestones/{code}/actual")
    OrderDetail recordActual(@PathVariable String orderNo, @PathVariable String code,
            @Valid @RequestBody ActualDate body) {
        return inChange.answer(() -> queries.detail(service.recordActual(orderNo, code, body.actualDate())));
    }

    @PostMapping("/{orderNo}/milestones/{code}/forecast")
    OrderDetail expect(@PathVariable String orderNo, @PathVariable String code,
            @Valid @RequestBody ExpectedDate body) {
        return inChange.answer(() -> queries.detail(service.expect(orderNo, code, body.expectedDate(), body.reason())));
    }

    @PostMapping("/{orderNo}/reports")
    ReportOutcome report(@PathVariable String orderNo, @Valid @RequestBody Report body) {
        return reports.report(orderNo, body.type(), body.date());
    }

    @PostMapping("/{orderNo}/cancel")
    OrderDetail cancel(@PathVariable String orderNo, @Valid @RequestBody Cancellation body) {
        return inChange.answer(() -> queries.detail(service.cancel(orderNo, body.reason())));
    }

    /** A created order's answer, and whether this request created it. */
    private record Answered(boolean isNew, OrderDetail order) {
    }

    record PreviewRequest(@NotBlank @Size(max = 32) String productType, @NotNull LocalDate dueDate,
            @NotBlank @Size(max = 32) String factoryCode) {
    }

    record ActualDate(@NotNull LocalDate actualDate) {
    }

    record ExpectedDate(@NotNull LocalDate expectedDate, @NotBlank @Size(max = 255) String reason) {
    }

    record Report(@NotNull ProgressReport type, @NotNull LocalDate date) {
    }

    record Cancellation(@NotBlank @Size(max = 255) String reason) {
    }
}
