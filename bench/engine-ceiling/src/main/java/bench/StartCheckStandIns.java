package bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * processes/order-start-checks.bpmn's delegates for an order as the lifecycle benchmark creates it: a customer with
 * no credit limit and nothing overdue (CreditCheck passes), and two material lines the stock does not cover, each
 * decided by decisions/stock-coverage.dmn as in Threadline's StockCheck. A short line's purchase request is a row in
 * Threadline, not a process, so the bare engine does nothing more for it.
 */
class StartCheckStandIns {

    /** The lifecycle benchmark's material lines: 100 m of fabric, 2,000 buttons, neither stocked. */
    static final List<Double> MATERIAL_QUANTITIES = List.of(100.0, 2000.0);

    @Component("gatherCreditFactsDelegate")
    static class GatherCreditFacts implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> facts = new HashMap<>();
            facts.put("exposure", 100_000.0);
            facts.put("creditLimit", null);
            facts.put("overdueAmount", null);
            execution.setVariables(facts);
            execution.setVariable("creditFigures", "未结订单 CNY 100000.00");
        }
    }

    @Component("recordCreditOutcomeDelegate")
    static class RecordCreditOutcome implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Map<?, ?> decision = (Map<?, ?>) execution.getVariable("creditDecision");
            execution.setVariable("creditHeld", "HOLD".equals(decision.get("outcome")));
            execution.setVariable("creditReason", decision.get("reason") + "（" + execution.getVariable("creditFigures") + "）");
            execution.setVariable("creditRejected", false);
        }
    }

    /** Threadline's StockCheck: decisions/stock-coverage.dmn per line (its purchase requests are rows, not engine work). */
    @Component("checkStockDelegate")
    static class CheckStock implements JavaDelegate {

        private final DecisionService decisions;

        CheckStock(DecisionService decisions) {
            this.decisions = decisions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            for (int line = 1; line <= MATERIAL_QUANTITIES.size(); line++) {
                Map<String, Object> inputs = new HashMap<>();
                inputs.put("onOrder", false);
                inputs.put("required", MATERIAL_QUANTITIES.get(line - 1));
                inputs.put("onHand", null);
                decisions.evaluateDecisionTableByKey("StockCoverage", inputs).getSingleResult().getSingleEntry();
            }
        }
    }
}
