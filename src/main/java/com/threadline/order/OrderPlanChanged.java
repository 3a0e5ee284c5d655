package com.threadline.order;

/** Published whenever an order's plan was re-forecast, so monitors can look at it after commit. */
public record OrderPlanChanged(String orderNo) {
}
