package com.threadline.rulehealth;

import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How often each rule of a decision matched in a window, read from the engine's decision history (every version of
 * the decision): a rule matched in an evaluation when one of the evaluation's outputs names it. The history is read
 * through the engine's query API a page at a time (a busy window a day at a time), with the outputs, and with the
 * inputs only when the table has a catch-all to explain.
 */
@Component
class DecisionHits {

    static final int PAGE = 500;
    /** Evaluations in a window above which it is read a day at a time. */
    static final long CHUNKING_ABOVE = 10L * PAGE;

    private final HistoryService history;
    private final long chunkingAbove;

    @Autowired
    DecisionHits(HistoryService history) {
        this(history, CHUNKING_ABOVE);
    }

    DecisionHits(HistoryService history, long chunkingAbove) {
        this.history = history;
        this.chunkingAbove = chunkingAbove;
    }

    /**
     * @param catchAllRuleIds the rules whose evaluations' inputs are collected (by input label and value)
     */
    Hits of(String decisionKey, Instant from, Instant to, Set<String> catchAllRuleIds) {
        Tally tally = new Tally(catchAllRuleIds);
        // paging by offset grows with the offset: a busy window is read a day at a time
        if (query(decisionKey, from, to, false).count() <= chunkingAbove) {
            scan(decisionKey, from, to, tally);
        } else {
            for (Instant start = from; start.isBefore(to); start = start.plus(Duration.ofDays(1))) {
                Instant end = start.plus(Duration.ofDays(1)).isBefore(to) ? start.plus(Duration.ofDays(1)) : to;
                scan(decisionKey, start, end, tally);
            }
        }
        return new Hits(tally.evaluations, tally.byRule, tally.catchAllInputs);
    }

    private void scan(String decisionKey, Instant from, Instant to, Tally tally) {
        for (int first = 0; ; first += PAGE) {
            List<HistoricDecisionInstance> page = query(decisionKey, from, to, tally.withInputs()).listPage(first,
                    PAGE);
            for (HistoricDecisionInstance evaluation : page) {
                // evaluatedBefore is inclusive; the window's end belongs to the next window
                if (evaluation.getEvaluationTime().toInstant().isBefore(to)) {
                    tally.add(evaluation);
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private HistoricDecisionInstanceQuery query(String decisionKey, Instant from, Instant to, boolean withInputs) {
        HistoricDecisionInstanceQuery query = history.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(decisionKey).evaluatedAfter(Date.from(from)).evaluatedBefore(Date.from(to))
                .includeOutputs().disableCustomObjectDeserialization();
        return withInputs ? query.includeInputs() : query;
    }

    /** The counts so far of one decision's scan. */
    private static final class Tally {

        private final Set<String> catchAllRuleIds;
        private final Map<String, Long> byRule = new HashMap<>();
        private final Map<Map<String, String>, Long> catchAllInputs = new HashMap<>();
        private long evaluations;

        Tally(Set<String> catchAllRuleIds) {
            this.catchAllRuleIds = catchAllRuleIds;
        }

        boolean withInputs() {
            return !catchAllRuleIds.isEmpty();
        }

        void add(HistoricDecisionInstance evaluation) {
            evaluations++;
            Set<String> matched = new HashSet<>();
            for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
                if (output.getRuleId() != null) {
                    matched.add(output.getRuleId());
                }
            }
            matched.forEach(rule -> byRule.merge(rule, 1L, Long::sum));
            if (matched.stream().anyMatch(catchAllRuleIds::contains)) {
                catchAllInputs.merge(inputsOf(evaluation), 1L, Long::sum);
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
