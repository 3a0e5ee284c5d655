package com.threadline.exception;

import com.threadline.plan.Stage;

/**
 * One condition a monitor found on one order. {@code subject} tells apart several exceptions of the same
 * type on one order (a material line, a production stage); {@code delayDays} is the impact on delivery.
 */
public record Finding(Long orderId, String orderNo, ExceptionType type, String subject, Stage stage, int delayDays,
        double valueShare, String ownerRole, String factoryCode, String supplierCode, String title, String detail) {

    String openKey() {
        return OrderException.openKey(orderNo, type, subject);
    }
}
