package com.threadline.inputs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The part of one day's output report that was of one colour and size. The report's total stays on
 * {@link ProductionOutput}, which the monitors read and the order's history records; these only split it.
 */
@Entity
public class ProductionOutputSize {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long outputId;
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private ProductionStage stage;
    private String colour;
    @Column(name = "size_label")
    private String size;
    private int quantity;

    protected ProductionOutputSize() {
    }

    ProductionOutputSize(ProductionOutput output, String colour, String size, int quantity) {
        this.outputId = output.getId();
        this.orderId = output.getOrderId();
        this.stage = output.getStage();
        this.colour = colour;
        this.size = size;
        this.quantity = quantity;
    }

    public String getColour() {
        return colour;
    }

    public String getSize() {
        return size;
    }

    public int getQuantity() {
        return quantity;
    }
}
