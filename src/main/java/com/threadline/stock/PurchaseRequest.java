package com.threadline.stock;

import com.threadline.partner.Supplier;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A material line the stock does not cover, asked of its supplier; answered with the date the supplier promises. */
@Entity
public class PurchaseRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderNo;
    private int lineNo;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;
    private String material;
    private BigDecimal quantity;
    private String unit;
    private LocalDate neededBy;
    private LocalDate promisedDate;
    private Instant requestedAt;
    private Instant answeredAt;
    @Version
    private long version;

    protected PurchaseRequest() {
    }

    PurchaseRequest(String orderNo, int lineNo, Supplier supplier, String material, BigDecimal quantity, String unit,
            LocalDate neededBy, Instant now) {
        this.orderNo = orderNo;
        this.lineNo = lineNo;
        this.supplier = supplier;
        this.material = material;
        this.quantity = quantity;
        this.unit = unit;
        this.neededBy = neededBy;
        this.requestedAt = now;
    }

    void promised(LocalDate date, Instant now) {
        this.promisedDate = date;
        this.answeredAt = now;
    }

    boolean isAnswered() {
        return promisedDate != null;
    }

    public Long getId() {
        return id;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getMaterial() {
        return material;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
