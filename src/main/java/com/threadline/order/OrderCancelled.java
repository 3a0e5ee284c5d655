package com.threadline.order;

/** An order was cancelled, by a person or by its credit check; published in the cancelling transaction. */
public record OrderCancelled(String orderNo) {
}
