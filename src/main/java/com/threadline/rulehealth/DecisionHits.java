package com.threadline.rulehealth;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstanceQuery;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.springframework.stereotype.Component;

/**
 * How often each rule of a decision matched in a window, read from the engine's decision history (every version of
 * the decision): a rule matched in an evaluation when one of the evaluation's outputs names it. The history is read
 * a page at a time, with the outputs, and with the inputs only when the table has a catch-all to explain.
 */
@Component
class DecisionHits {

    static final int PAGE = 500;

    private final HistoryService history;

    DecisionHits(HistoryService history) {
        this.history = history;
    }

    /**
     * @param catchAllRuleIds the rules whose evaluations' inputs are collected (by input label and value)
     */
    Hits of(String decisionKey, Instant from, Instant to, Set<String> catchAllRuleIds) {
        boolean withInputs = !catchAllRuleIds.isEmpty();
        Map<String, Long> byRule = new HashMap<>();
        Map<Map<String, String>, Long> catchAllInputs = new HashMap<>();
        long evaluations = 0;
        for (int first = 0; ; first += PAGE) {
            HistoricDecisionInstanceQuery query = history.createHistoricDecisionInstanceQuery()
                    .decisionDefinitionKey(decisionKey).evaluatedAfter(Date.from(from))
                    .evaluatedBefore(Date.from(to)).includeOutputs().disableCustomObjectDeserialization();
            if (withInputs) {
                query.includeInputs();
            }
            List<HistoricDecisionInstance> page = query.listPage(first, PAGE);
            for (HistoricDecisionInstance evaluation : page) {
                // evaluatedBefore is inclusive; the window's end belongs to the next window
                if (!evaluation.getEvaluationTime().toInstant().isBefore(to)) {
                    continue;
                }
                evaluations++;
                Set<String> matched = new HashSet<>();
                for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
                    if (output.getRuleId() != null) {
                        matched.add(output.getRuleId());
                    }
                }
                matched.forEach(rule -> byRule.merge(rule, 1L, Long::sum));
                if (withInputs && matched.stream().anyMatch(catchAllRuleIds::contains)) {
                    catchAllInputs.merge(inputsOf(evaluation), 1L, Long::sum);
                }
            }
            if (page.size() < PAGE) {
                return new Hits(evaluations, byRule, catchAllInputs);
            }
        }
    }

    private static Map<String, String> inputsOf(HistoricDecisionInstance evaluation) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
            Object value = input.getValue();
            inputs.put(ChineseText.ofName(input.getClauseName()), value == null ? null : value.toString());
        }
        return inputs;
    }

    /** Evaluations in the window, matches per rule id, and the catch-all's inputs with how often each came. */
    record Hits(long evaluations, Map<String, Long> byRule, Map<Map<String, String>, Long> catchAllInputs) {
    }
}
