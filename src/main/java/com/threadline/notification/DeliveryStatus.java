package com.threadline.notification;

/** The outcome of the last attempt on one channel. */
public enum DeliveryStatus {
    SENT, FAILED
}
