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

/**
 * One shipment or arrival report for a material line, kept as it was sent. The line itself holds only the
 * latest state; these rows tell who said what when (a supplier's ETA that moved three times, say).
 */
@Entity
public class MaterialEvent implements AuditedByOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    private int lineNo;
    @Enumerated(EnumType.STRING)
    private MaterialEventKind kind;
    private LocalDate eventDate;
    private String carrier;
    private String trackingNo;
    private LocalDate eta;
    @Embedded
    private Origin origin;

    protected MaterialEvent() {
    }

    private MaterialEvent(Long orderId, int lineNo, MaterialEventKind kind, LocalDate eventDate, String carrier,
            String trackingNo, LocalDate eta, Origin origin) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.kind = kind;
        this.eventDate = eventDate;
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.eta = eta;
        this.origin = origin;
    }

    static MaterialEvent shipped(Long orderId, int lineNo, LocalDate shippedDate, String carrier, String trackingNo,
            LocalDate eta, Origin origin) {
        return new MaterialEvent(orderId, lineNo, MaterialEventKind.SHIPPED, shippedDate, carrier, trackingNo, eta,
                origin);
    }

    static MaterialEvent arrived(Long orderId, int lineNo, LocalDate arrivalDate, Origin origin) {
        return new MaterialEvent(orderId, lineNo, MaterialEventKind.ARRIVED, arrivalDate, null, null, null, origin);
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public MaterialEventKind getKind() {
        return kind;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public LocalDate getEta() {
        return eta;
    }

    public Origin getOrigin() {
        return origin;
    }
}
