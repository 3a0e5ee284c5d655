package com.threadline.order;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A report whose message the order's process was not yet waiting for; replayed when it is. */
@Entity
class EarlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderNo;
    private String messageName;
    private Instant receivedAt;

    protected EarlyReport() {
    }

    EarlyReport(String orderNo, String messageName, Instant receivedAt) {
        this.orderNo = orderNo;
        this.messageName = messageName;
        this.receivedAt = receivedAt;
    }

    String getOrderNo() {
        return orderNo;
    }

    String getMessageName() {
        return messageName;
    }
}
