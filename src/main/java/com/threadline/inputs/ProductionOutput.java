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

/** A factory's output of one production stage on one day (日产量); reporting the same day again corrects it. */
@Entity
public class ProductionOutput implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private LocalDate reportDate;
    @Enumerated(EnumType.STRING)
    private ProductionStage stage;
    private int quantity;
    @Embedded
    private Origin origin;

    protected ProductionOutput() {
    }

    ProductionOutput(Long orderId, LocalDate reportDate, ProductionStage stage, int quantity, Origin origin) {
        this.orderId = orderId;
        this.reportDate = reportDate;
        this.stage = stage;
        this.quantity = quantity;
        this.origin = origin;
    }

    void correct(int quantity, Origin origin) {
        this.quantity = quantity;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public ProductionStage getStage() {
        return stage;
    }

    public int getQuantity() {
        return quantity;
    }

    public Origin getOrigin() {
        return origin;
    }
}
