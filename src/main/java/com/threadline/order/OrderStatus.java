package com.threadline.order;

public enum OrderStatus {
    OPEN,
    DELIVERED,
    CANCELLED
}
