package com.threadline.inputs;

import com.threadline.order.MaterialLine;
import com.threadline.partner.MaterialKind;
import java.time.Instant;
import java.time.LocalDate;

/** The JSON shapes of the monitored inputs as the API returns them. */
public final class InputViews {

    private InputViews() {
    }

    public record OutputView(LocalDate reportDate, ProductionStage stage, int quantity, String reportedBy,
            Instant reportedAt, InputSource source) {

        static OutputView of(ProductionOutput o) {
            return new OutputView(o.getReportDate(), o.getStage(), o.getQuantity(), o.getOrigin().reportedBy(),
                    o.getOrigin().reportedAt(), o.getOrigin().source());
        }
    }

    public record CapacityView(ProductionStage stage, int dailyQuantity, LocalDate fromDate, LocalDate toDate,
            String reportedBy, Instant reportedAt, InputSource source) {

        static CapacityView of(CapacityPlan c) {
            return new CapacityView(c.getStage(), c.getDailyQuantity(), c.getFromDate(), c.getToDate(),
                    c.getOrigin().reportedBy(), c.getOrigin().reportedAt(), c.getOrigin().source());
        }
    }

    /** Where a material line stands after a shipment or arrival report. */
    public record MaterialStatus(int lineNo, MaterialKind kind, String description, String supplierCode,
            LocalDate shippedDate, String carrier, String trackingNo, LocalDate eta, LocalDate arrivalDate) {

        static MaterialStatus of(MaterialLine m) {
            return new MaterialStatus(m.getLineNo(), m.getKind(), m.getDescription(), m.getSupplier().getCode(),
                    m.getShippedDate(), m.getCarrier(), m.getTrackingNo(), m.getEta(), m.getArrivalDate());
        }
    }

    /** {@code date}: the shipped date of a SHIPPED report, the arrival date of an ARRIVED one. */
    public record MaterialEventView(int lineNo, MaterialEventKind kind, LocalDate date, String carrier,
            String trackingNo, LocalDate eta, String reportedBy, Instant reportedAt, InputSource source) {

        static MaterialEventView of(MaterialEvent e) {
            return new MaterialEventView(e.getLineNo(), e.getKind(), e.getEventDate(), e.getCarrier(),
                    e.getTrackingNo(), e.getEta(), e.getOrigin().reportedBy(), e.getOrigin().reportedAt(),
                    e.getOrigin().source());
        }
    }

    public record LogisticsEventView(LogisticsEventKind kind, Instant expectedAt, Instant actualAt, String reference,
            String reportedBy, Instant reportedAt, InputSource source) {

        static LogisticsEventView of(LogisticsEvent e) {
            return new LogisticsEventView(e.getKind(), e.getExpectedAt(), e.getActualAt(), e.getReference(),
                    e.getOrigin().reportedBy(), e.getOrigin().reportedAt(), e.getOrigin().source());
        }
    }

    public record TechPackVersionView(String version, Instant changedAt, String summary, String reportedBy,
            Instant reportedAt, InputSource source) {

        static TechPackVersionView of(TechPackVersion v) {
            return new TechPackVersionView(v.getVersion(), v.getChangedAt(), v.getSummary(),
                    v.getOrigin().reportedBy(), v.getOrigin().reportedAt(), v.getOrigin().source());
        }
    }
}
