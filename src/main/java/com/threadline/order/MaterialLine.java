package com.threadline.order;

import com.threadline.audit.AuditedByOrder;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.Supplier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A fabric or trims line of an order, bought from one supplier. */
@Entity
public class MaterialLine implements AuditedByOrder {

    private static final int QUANTITY_SCALE = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Written by the order's {@code materials} mapping; read here for the audit trail. */
    @Column(name = "order_id", insertable = false, updatable = false)
    private Long orderId;
    private int lineNo;
    @Enumerated(EnumType.STRING)
    private MaterialKind kind;
    private String description;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;
    private BigDecimal quantity;
    private String unit;
    private LocalDate poDueDate;
    private LocalDate shippedDate;
    private String carrier;
    private String trackingNo;
    private LocalDate eta;
    private LocalDate arrivalDate;
    private LocalDate neededBy;
    @Enumerated(EnumType.STRING)
    private MaterialSupply supply;

    protected MaterialLine() {
    }

    MaterialLine(int lineNo, MaterialKind kind, String description, Supplier supplier, BigDecimal quantity,
            String unit, LocalDate poDueDate) {
        this.lineNo = lineNo;
        this.kind = kind;
        this.description = description;
        this.supplier = supplier;
        // kept as the column stores it (two decimals), so a line answered before it is read back shows the same
        this.quantity = quantity == null ? null : quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        this.unit = unit;
        this.poDueDate = poDueDate;
    }

    void belongsTo(Long orderId) {
        this.orderId = orderId;
    }

    void shipped(LocalDate date) {
        this.shippedDate = date;
        this.eta = predictedArrival(date);
    }

    /** Kept from the plan (planned dates never move), so the material-delay monitor reads this table alone. */
    void neededBy(LocalDate plannedInHouse) {
        this.neededBy = plannedInHouse;
    }

    /** The supplier's PO now promises the line in house on {@code date}; false when that is what it said. */
    boolean promisedFor(LocalDate date) {
        boolean moved = !date.equals(poDueDate);
        this.poDueDate = date;
        return moved;
    }

    void suppliedBy(MaterialSupply supply) {
        this.supply = supply;
    }

    void arrived(LocalDate date) {
        this.arrivalDate = date;
    }

    /** The supplier's shipment report for this line; a later report replaces an earlier one. */
    public void reportShipment(LocalDate shippedDate, String carrier, String trackingNo, LocalDate eta) {
        this.shippedDate = shippedDate;
        this.carrier = carrier;
        this.trackingNo = trackingNo;
        this.eta = eta;
    }

    public void reportArrival(LocalDate arrivalDate) {
        this.arrivalDate = arrivalDate;
    }

    /**
     * When this line is expected in the factory: its arrival once arrived, else its ETA, else the date its PO is due
     * in house; null when nothing says yet.
     */
    public LocalDate expectedInHouse() {
        if (arrivalDate != null) {
            return arrivalDate;
        }
        return eta != null ? eta : poDueDate;
    }

    /** When material shipped on that day should arrive: the ship date plus the supplier's transit days. */
    public LocalDate predictedArrival(LocalDate shippedDate) {
        return shippedDate.plusDays(supplier.getTransitDays());
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getPoDueDate() {
        return poDueDate;
    }

    public MaterialSupply getSupply() {
        return supply;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public LocalDate getShippedDate() {
        return shippedDate;
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

    public LocalDate getArrivalDate() {
        return arrivalDate;
    }
}
