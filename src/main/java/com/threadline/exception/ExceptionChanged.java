package com.threadline.exception;

/** Published when an exception was opened or a person took a step on it (confirm, plan, action, verify, close). */
public record ExceptionChanged(String orderNo, Long exceptionId) {
}
