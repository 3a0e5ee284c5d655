package com.threadline.inputs;

/** The production steps a factory reports daily output for (裁剪, 缝制, 包装). */
public enum ProductionStage {
    CUTTING,
    SEWING,
    PACKING
}
