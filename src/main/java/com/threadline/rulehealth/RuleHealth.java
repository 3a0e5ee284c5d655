package com.threadline.rulehealth;

import com.threadline.rulehealth.DecisionHits.Hits;
import com.threadline.rulehealth.DecisionTableRules.Table;
import com.threadline.rulehealth.DecisionTableRules.TableRule;
import com.threadline.rulehealth.MonitorFirings.MonitorFiring;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * Rule health (规则健康) over the 30 days up to a day: for each decision table, the rules never matched, the rules
 * matched in every evaluation (nothing else in the table gets a say), and the inputs that only the catch-all took;
 * and the monitors that never fired.
 */
@Service
class RuleHealth {

    static final int DAYS = 30;
    /** The catch-all's most frequent input combinations shown. */
    static final int TOP_CATCH_ALL_INPUTS = 20;
    private static final String EMPTY_VALUE = "（空）";

    private final DecisionTableRules tables;
    private final DecisionHits hits;
    private final MonitorFirings monitors;
    private final Clock clock;

    RuleHealth(DecisionTableRules tables, DecisionHits hits, MonitorFirings monitors, Clock clock) {
        this.tables = tables;
        this.hits = hits;
        this.monitors = monitors;
        this.clock = clock;
    }

    /** @param to the window's last day (company zone), today when null */
    Report upTo(LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        if (last.isAfter(today)) {
            throw InvalidRequestException.of("to", "不能晚于今天");
        }
        LocalDate first = last.minusDays(DAYS - 1);
        ZoneId zone = clock.getZone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<DecisionHealth> decisions = tables.latestDefinitions().stream()
                .map(definition -> health(definition, from, until)).toList();
        return new Report(first, last, DAYS, decisions, monitors.of(from, until));
    }

    private DecisionHealth health(DecisionDefinition definition, Instant from, Instant until) {
        Table table = tables.of(definition);
        Set<String> catchAll = table.rules().stream().filter(TableRule::catchAll).map(TableRule::id)
                .collect(Collectors.toSet());
        Hits counted = hits.of(definition.getKey(), from, until, catchAll);
        List<RuleHits> rules = table.rules().stream().map(rule -> {
            long n = counted.byRule().getOrDefault(rule.id(), 0L);
            return new RuleHits(rule.id(), rule.number(), rule.annotation(), n, rule.catchAll(), n == 0,
                    counted.evaluations() > 0 && n == counted.evaluations());
        }).toList();
        List<CatchAllInput> inputs = counted.catchAllInputs().entrySet().stream()
                .map(e -> new CatchAllInput(values(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(CatchAllInput::count).reversed()
                        .thenComparing(i -> i.inputs().toString()))
                .limit(TOP_CATCH_ALL_INPUTS).toList();
        return new DecisionHealth(definition.getKey(), ChineseText.ofName(definition.getName()),
                definition.getVersion(), table.hitPolicy().name(), counted.evaluations(), rules, inputs);
    }

    private static List<InputValue> values(Map<String, String> inputs) {
        return inputs.entrySet().stream()
                .map(e -> new InputValue(e.getKey(), e.getValue() == null ? EMPTY_VALUE : e.getValue())).toList();
    }

    record Report(LocalDate from, LocalDate to, int days, List<DecisionHealth> decisions,
            List<MonitorFiring> monitors) {
    }

    /** One decision table: {@code key} is its id, {@code name} what the page shows. */
    record DecisionHealth(String key, String name, int version, String hitPolicy, long evaluations,
            List<RuleHits> rules, List<CatchAllInput> catchAllInputs) {
    }

    record RuleHits(String id, int number, String annotation, long hits, boolean catchAll, boolean neverHit,
            boolean alwaysHit) {
    }

    record CatchAllInput(List<InputValue> inputs, long count) {
    }

    record InputValue(String label, String value) {
    }
}
