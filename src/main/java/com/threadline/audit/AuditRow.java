package com.threadline.audit;

/** One change of one audited row, its fields as JSON {@code {field: [before, after]}}. */
record AuditRow(long orderId, String entityType, long entityId, AuditAction action, String changes) {
}
