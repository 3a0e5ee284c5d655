package com.threadline.inputs;

/** The production steps a factory reports daily output for (裁剪, 缝制, 包装). */
public enum ProductionStage {
    CUTTING("裁剪"),
    SEWING("缝制"),
    PACKING("包装");

    private final String label;

    ProductionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
