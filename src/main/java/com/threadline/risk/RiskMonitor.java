package com.threadline.risk;

import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.monitoring.Monitor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Opens a risk exception (P2, decisions/exception-grading.dmn) on an open order the forecast gives a probability of
 * missing its due date above the threshold, before any rule fires: an order with an open delivery-delay exception
 * is left to that. It runs with the monitors, so the registry keeps one open exception per order while the risk
 * stays high, and records it cleared when the risk falls.
 */
@Component
class RiskMonitor implements Monitor {

    static final String TITLE = "交期风险高：模型预测可能误期";

    private final RiskForecast forecast;

    RiskMonitor(RiskForecast forecast) {
        this.forecast = forecast;
    }

    @Override
    public ExceptionType type() {
        return ExceptionType.DELIVERY_RISK;
    }

    @Override
    public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
        return forecast.scoreOpenOrders(scope).stream()
                .filter(risk -> risk.probability() >= forecast.threshold() && !risk.ruleFired())
                .map(risk -> new Finding(risk.orderId(), risk.orderNo(), type(), "ORDER", risk.planStage(), 0, 1.0,
                        "merchandiser", risk.factoryCode(), null, TITLE, detail(risk), risk.dueDate()))
                .toList();
    }

    private static String detail(OrderRisk risk) {
        String percent = Math.round(risk.probability() * 100) + "%";
        return "风险模型（第 " + risk.modelVersion() + " 版）预测此单误期的概率为 " + percent
                + (risk.reasons().isEmpty() ? "" : "。主要原因：" + String.join("；", risk.reasons()));
    }
}
