package com.threadline.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A buyer, usually an overseas brand; its orders name it, the desk keeps its contacts and credit. */
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private Instant createdAt;
    private BigDecimal creditLimit;
    private String creditCurrency;
    private BigDecimal overdueAmount;
    @Version
    private long version;

    protected Customer() {
    }

    Customer(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    /** The credit finance grants: no limit when null; the overdue receivables are what the customer owes late. */
    void grantCredit(BigDecimal creditLimit, String creditCurrency, BigDecimal overdueAmount) {
        this.creditLimit = creditLimit;
        this.creditCurrency = creditCurrency;
        this.overdueAmount = overdueAmount;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public String getCreditCurrency() {
        return creditCurrency;
    }

    public BigDecimal getOverdueAmount() {
        return overdueAmount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
