package com.threadline.order;

/** Where a material line comes from, as the stock check (decisions/stock-coverage.dmn) decided. */
public enum MaterialSupply {
    /** Taken from the stock on hand; nothing to buy. */
    FROM_STOCK,
    /** Its PO was placed when the order was entered (it came with a PO due date). */
    ON_ORDER,
    /** Short: a purchase request went to the line's supplier, whose promised date becomes the PO due date. */
    PURCHASE_REQUESTED
}
