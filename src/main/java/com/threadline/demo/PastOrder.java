package com.threadline.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One closed order of the demo's history as {@link DemoHistory} simulated it: its plan and what really happened.
 * Milestones without an actual date were never reached (a cancelled order).
 */
final class PastOrder {

    final String orderNo;
    final String customer;
    final String productType;
    final String templateCode;
    final String factoryCode;
    final String fabricSupplier;
    final String trimsSupplier;
    final String merchandiser;
    final LocalDate dueDate;
    final int quantity;
    final boolean peakSeason;
    final Map<String, LocalDate> planned = new LinkedHashMap<>();
    final Map<String, LocalDate> actual = new LinkedHashMap<>();
    String cancelReason;
    long id;

    PastOrder(String orderNo, String customer, String productType, String templateCode, String factoryCode,
            String fabricSupplier, String trimsSupplier, String merchandiser, LocalDate dueDate, int quantity,
            boolean peakSeason) {
        this.orderNo = orderNo;
        this.customer = customer;
        this.productType = productType;
        this.templateCode = templateCode;
        this.factoryCode = factoryCode;
        this.fabricSupplier = fabricSupplier;
        this.trimsSupplier = trimsSupplier;
        this.merchandiser = merchandiser;
        this.dueDate = dueDate;
        this.quantity = quantity;
        this.peakSeason = peakSeason;
    }

    boolean cancelled() {
        return cancelReason != null;
    }

    /** Days the milestone happened after its planned date (0 when on time or early, or never reached). */
    int slip(String code) {
        LocalDate a = actual.get(code);
        LocalDate p = planned.get(code);
        return a == null || p == null ? 0 : Math.max(0, (int) (a.toEpochDay() - p.toEpochDay()));
    }

    int deliveryDelay() {
        return slip("EX_FACTORY");
    }
}
