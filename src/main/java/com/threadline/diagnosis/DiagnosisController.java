package com.threadline.diagnosis;

import com.threadline.diagnosis.Bottlenecks.AffectedOrder;
import com.threadline.diagnosis.Bottlenecks.HeatMap;
import com.threadline.diagnosis.OrderDiagnosis.Diagnosis;
import com.threadline.diagnosis.ReviewedExceptions.Reviewed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An order's diagnosis, the bottleneck heat map and the closed exceptions behind the statistics' bars. */
@RestController
class DiagnosisController {

    private final OrderDiagnosis diagnosis;
    private final Bottlenecks bottlenecks;
    private final ReviewedExceptions reviewed;

    DiagnosisController(OrderDiagnosis diagnosis, Bottlenecks bottlenecks, ReviewedExceptions reviewed) {
        this.diagnosis = diagnosis;
        this.bottlenecks = bottlenecks;
        this.reviewed = reviewed;
    }

    @GetMapping("/api/orders/{orderNo}/diagnosis")
    Diagnosis diagnosis(@PathVariable String orderNo) {
        return diagnosis.of(orderNo);
    }

    @GetMapping("/api/analysis/bottlenecks")
    HeatMap heatMap(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return bottlenecks.heatMap(from, to);
    }

    @GetMapping("/api/analysis/bottlenecks/orders")
    List<AffectedOrder> affected(@RequestParam String milestone, @RequestParam long factory,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return bottlenecks.orders(milestone, factory, from, to);
    }

    @GetMapping("/api/analysis/reviewed-exceptions")
    List<Reviewed> reviewed(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) String type, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String factory, @RequestParam(required = false) String supplier) {
        return reviewed.of(from, to, type, stage, factory, supplier);
    }
}
