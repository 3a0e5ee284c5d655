package com.threadline.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** How far a supplier has stocked a material line (备料进度), in percent; the newest report counts. */
@Entity
class StockingReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long materialLineId;
    private int readyPercent;
    private String note;
    private String reportedBy;
    private Instant reportedAt;

    protected StockingReport() {
    }

    StockingReport(Long materialLineId, int readyPercent, String note, String reportedBy, Instant reportedAt) {
        this.materialLineId = materialLineId;
        this.readyPercent = readyPercent;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    Long getMaterialLineId() {
        return materialLineId;
    }

    int getReadyPercent() {
        return readyPercent;
    }

    String getNote() {
        return note;
    }

    String getReportedBy() {
        return reportedBy;
    }

    Instant getReportedAt() {
        return reportedAt;
    }
}
