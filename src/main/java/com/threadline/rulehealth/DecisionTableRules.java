package com.threadline.rulehealth;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * The rules of the deployed decision tables as the analyst wrote them: order, annotation and whether a rule is the
 * table's catch-all (兜底). Read once per deployed version through the engine's model API; a version never changes.
 */
@Component
class DecisionTableRules {

    /** The folder the process application deploys our decision tables from. */
    static final String FOLDER = "decisions/";

    private final RepositoryService repository;
    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    DecisionTableRules(RepositoryService repository) {
        this.repository = repository;
    }

    /** The latest version of each decision table deployed from {@link #FOLDER}, by Chinese name. */
    List<DecisionDefinition> latestDefinitions() {
        return repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                .filter(d -> d.getResourceName() != null && d.getResourceName().startsWith(FOLDER))
                .sorted(Comparator.comparing(d -> ChineseText.ofName(d.getName())))
                .toList();
    }

    Table of(DecisionDefinition definition) {
        return tables.computeIfAbsent(definition.getId(), id -> read(definition));
    }

    private Table read(DecisionDefinition definition) {
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        Decision decision = model.getModelElementById(definition.getKey());
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<Rule> rules = List.copyOf(table.getRules());
        List<TableRule> read = IntStream.range(0, rules.size()).mapToObj(i -> {
            Rule rule = rules.get(i);
            String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
            boolean last = i == rules.size() - 1;
            return new TableRule(rule.getId(), i + 1, ChineseText.ofAnnotation(annotation),
                    isCatchAll(table.getHitPolicy(), rule, annotation, last));
        }).toList();
        return new Table(table.getHitPolicy(), read);
    }

    /**
     * Annotated as the catch-all, or the last rule of a first-hit table that tests no input: it takes whatever the
     * rules above it let through. (In a collect table a rule without tests applies always, which is no catch-all.)
     */
    private static boolean isCatchAll(HitPolicy hitPolicy, Rule rule, String annotation, boolean last) {
        String lower = annotation.toLowerCase(Locale.ROOT);
        if (lower.contains("catch-all") || annotation.contains("兜底")) {
            return true;
        }
        return last && hitPolicy == HitPolicy.FIRST && rule.getInputEntries().stream().allMatch(
                DecisionTableRules::isAnything);
    }

    private static boolean isAnything(InputEntry entry) {
        String text = entry.getTextContent() == null ? "" : entry.getTextContent().trim();
        return text.isEmpty() || text.equals("-");
    }

    record Table(HitPolicy hitPolicy, List<TableRule> rules) {
    }

    record TableRule(String id, int number, String annotation, boolean catchAll) {
    }
}
