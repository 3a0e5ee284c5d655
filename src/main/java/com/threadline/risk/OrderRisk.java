package com.threadline.risk;

import com.threadline.plan.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * One open order's forecast: the probability of missing its due date, its top reasons (Chinese), and whether a
 * rule has already fired on it (an open delivery-delay exception), so the forecast adds nothing then.
 */
public record OrderRisk(long orderId, String orderNo, String factoryCode, String factoryName, LocalDate dueDate,
        Stage planStage, double probability, List<String> reasons, boolean ruleFired, int modelVersion) {
}
