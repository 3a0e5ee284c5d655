package com.threadline.monitoring;

public enum MaterialEventKind {
    SHIPPED,
    ARRIVED
}
