package com.threadline.stock;

import com.threadline.order.MaterialSupply;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** decisions/stock-coverage.dmn, for one material line. */
@Component
class StockCoverage {

    static final String DECISION = "StockCoverage";

    private final DecisionService decisions;

    StockCoverage(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** {@code onHand}: null when the material is not stocked (or stocked in another unit). */
    MaterialSupply decide(boolean onOrder, BigDecimal required, BigDecimal onHand) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("onOrder", onOrder);
        inputs.put("required", required == null ? null : required.doubleValue());
        inputs.put("onHand", onHand == null ? null : onHand.doubleValue());
        String supply = decisions.evaluateDecisionTableByKey(DECISION, inputs).getSingleResult().getSingleEntry();
        return MaterialSupply.valueOf(supply);
    }
}
