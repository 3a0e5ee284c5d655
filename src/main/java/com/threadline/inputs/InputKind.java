package com.threadline.inputs;

/** The inputs the exception monitors read; each accepted one is announced as {@link OrderInputReceived}. */
public enum InputKind {
    PRODUCTION_OUTPUT,
    CAPACITY_PLAN,
    MATERIAL_SHIPPED,
    MATERIAL_ARRIVED,
    LOGISTICS_EVENT,
    TECH_PACK_VERSION
}
