package com.threadline.inputs;

public enum MaterialEventKind {
    SHIPPED,
    ARRIVED
}
