package com.threadline.audit;

/**
 * An entity whose every insert, update and delete goes into the audit trail of one order. Each such entity
 * already carries its order's id (or learns it when the order is saved), so recording a change needs no query.
 */
public interface AuditedByOrder {

    /** The id of the order this row belongs to. */
    Long getOrderId();
}
