package com.threadline.exception;

import com.threadline.plan.Stage;
import java.time.LocalDate;

/**
 * One condition a monitor found on one order. {@code subject} tells apart several exceptions of the same
 * type on one order (a material line, a production stage); {@code delayDays} is the impact on delivery;
 * {@code atStake} the date the condition threatens (the due date, the date a material is needed in house), from which
 * grading counts the slack left.
 */
public record Finding(Long orderId, String orderNo, ExceptionType type, String subject, Stage stage, int delayDays,
        double valueShare, String ownerRole, String factoryCode, String supplierCode, String title, String detail,
        LocalDate atStake) {

    String openKey() {
        return OrderException.openKey(orderNo, type, subject);
    }
}
