package com.threadline.plan;

/** The five stages of an order's T&A plan, in the order the lifecycle process walks them. */
public enum Stage {
    DESIGN,
    MATERIALS,
    PRODUCTION,
    QC,
    LOGISTICS
}
