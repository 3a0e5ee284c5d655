package com.threadline.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Stock on hand of one material, named as order lines name it (their description). */
@Entity
public class StockItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String material;
    private BigDecimal quantity;
    private String unit;
    private Instant updatedAt;
    @Version
    private long version;

    protected StockItem() {
    }

    StockItem(String material, BigDecimal quantity, String unit, Instant now) {
        this.material = material;
        count(quantity, unit, now);
    }

    void count(BigDecimal quantity, String unit, Instant now) {
        this.quantity = quantity;
        this.unit = unit;
        this.updatedAt = now;
    }

    /** An order's line takes {@code taken} from the stock; the stock check made sure there is enough. */
    void take(BigDecimal taken, Instant now) {
        this.quantity = quantity.subtract(taken);
        this.updatedAt = now;
    }

    /** A cancelled order's line gives back what it took. */
    void giveBack(BigDecimal given, Instant now) {
        this.quantity = quantity.add(given);
        this.updatedAt = now;
    }

    /** Whether a line measured in {@code lineUnit} can be counted against this stock (no unit on either: yes). */
    boolean measuredIn(String lineUnit) {
        return unit == null || lineUnit == null || unit.equalsIgnoreCase(lineUnit.strip());
    }

    public Long getId() {
        return id;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
