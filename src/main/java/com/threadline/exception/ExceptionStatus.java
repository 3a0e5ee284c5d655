package com.threadline.exception;

public enum ExceptionStatus {
    /** Detected and notified; nobody has confirmed handling yet. */
    OPEN,
    CONFIRMED,
    PLANNED,
    RESOLVED,
    CLOSED
}
