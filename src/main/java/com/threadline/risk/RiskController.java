package com.threadline.risk;

import com.threadline.access.SignedInUser;
import com.threadline.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery-risk forecast's API: open orders' risks (the order list, the order page, the dashboard), the model's
 * particulars and accuracy, and retraining on demand (GM, planner, administrator).
 */
@RestController
@RequestMapping("/api/risk")
class RiskController {

    /** One open order's risk as the pages show it; {@code probability} 0..1. */
    record RiskView(String orderNo, String factoryCode, String factory, LocalDate dueDate, String stage,
            double probability, boolean high, List<String> reasons, boolean ruleFired, int modelVersion) {
    }

    record FeatureWeight(String feature, String label, double weight) {
    }

    record ModelView(boolean trained, boolean training, Integer version, Instant trainedAt, String trainedBy,
            Integer trainingOrders, Integer holdoutOrders, Double lateShare, Double auc, Double brier,
            Double baseBrier, List<RiskTrainer.Decile> reliability, List<FeatureWeight> importance, Long tookMs,
            double threshold, String schedule) {
    }

    private final RiskForecast forecast;
    private final RiskSettings settings;

    RiskController(RiskForecast forecast, RiskSettings settings) {
        this.forecast = forecast;
        this.settings = settings;
    }

    /** Open orders' risks, the highest first; {@code orderNo} (repeatable) limits them to those orders. */
    @GetMapping("/orders")
    List<RiskView> openOrders(@RequestParam(required = false) List<String> orderNo) {
        return forecast.scoreOpenOrders(orderNo).stream().map(this::view).toList();
    }

    @GetMapping("/orders/{orderNo}")
    RiskView order(@PathVariable String orderNo) {
        return forecast.scoreOpenOrders(List.of(orderNo)).stream().findFirst().map(this::view)
                .orElseThrow(() -> new NotFoundException(forecast.model().isEmpty() ? "风险模型尚未训练"
                        : "订单 " + orderNo + " 不在进行中，无交期风险预测"));
    }

    @GetMapping("/model")
    ModelView model() {
        return forecast.model().map(this::view).orElseGet(() -> new ModelView(false, forecast.training(), null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), null, settings.threshold(),
                schedule()));
    }

    @PostMapping("/model/retrain")
    ModelView retrain(@AuthenticationPrincipal SignedInUser user) {
        return view(forecast.retrain(user.displayName()));
    }

    private RiskView view(OrderRisk risk) {
        return new RiskView(risk.orderNo(), risk.factoryCode(), risk.factoryName(), risk.dueDate(),
                risk.planStage().name(), Math.round(risk.probability() * 1000) / 1000.0,
                risk.probability() >= settings.threshold(), risk.reasons(), risk.ruleFired(), risk.modelVersion());
    }

    private ModelView view(RiskModels.ModelInfo info) {
        List<FeatureWeight> importance = Arrays.stream(RiskFeature.values())
                .filter(f -> info.importance().containsKey(f.name()))
                .map(f -> new FeatureWeight(f.name(), f.label(), info.importance().get(f.name())))
                .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .toList();
        return new ModelView(true, forecast.training(), info.version(), info.trainedAt(), info.trainedBy(),
                info.trainingOrders(), info.holdoutOrders(), info.lateShare(), info.auc(), info.brier(),
                info.baseBrier(), info.reliability(), importance, info.tookMs(), settings.threshold(), schedule());
    }

    /** The nightly schedule in words when it is a daily time ("0 30 2 * * *": 每天 02:30), else the cron itself. */
    private String schedule() {
        String[] fields = settings.retrainCron().trim().split("\\s+");
        if (fields.length == 6 && fields[0].equals("0") && fields[1].matches("\\d+") && fields[2].matches("\\d+")
                && fields[3].equals("*") && fields[4].equals("*") && (fields[5].equals("*") || fields[5].equals("?"))) {
            return String.format("每天 %02d:%02d", Integer.parseInt(fields[2]), Integer.parseInt(fields[1]));
        }
        return settings.retrainCron();
    }
}
