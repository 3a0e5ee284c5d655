package com.threadline.order;

/** Where the order's credit check (decisions/credit-check.dmn) left it; null before the check ran. */
public enum CreditCheck {
    PASSED, HELD, APPROVED, REJECTED
}
