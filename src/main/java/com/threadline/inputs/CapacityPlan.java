package com.threadline.inputs;

import com.threadline.audit.AuditedByOrder;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** How many pieces a day the planner expects from the factory at one stage, over a date range (计划产能). */
@Entity
public class CapacityPlan implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private ProductionStage stage;
    private int dailyQuantity;
    private LocalDate fromDate;
    private LocalDate toDate;
    @Embedded
    private Origin origin;

    protected CapacityPlan() {
    }

    CapacityPlan(Long orderId, ProductionStage stage, int dailyQuantity, LocalDate fromDate, LocalDate toDate,
            Origin origin) {
        this.orderId = orderId;
        this.stage = stage;
        replace(dailyQuantity, fromDate, toDate, origin);
    }

    void replace(int dailyQuantity, LocalDate fromDate, LocalDate toDate, Origin origin) {
        this.dailyQuantity = dailyQuantity;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.origin = origin;
    }

    /** Whether the plan expects output at this stage on that day. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(toDate);
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public ProductionStage getStage() {
        return stage;
    }

    public int getDailyQuantity() {
        return dailyQuantity;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public Origin getOrigin() {
        return origin;
    }
}
