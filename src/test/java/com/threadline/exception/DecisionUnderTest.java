package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One decision table from {@code decisions/}, evaluated by the standalone DMN engine (FEEL, as in the
 * process engine), which remembers the rules each evaluation selected so a test can check that its rows
 * cover every rule. Registered as an extension ({@code @RegisterExtension static final DecisionUnderTest ...}),
 * it fails the test class when its rows, once they ran, left a rule unselected.
 */
public final class DecisionUnderTest implements AfterAllCallback {

    private static final String DMN_13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    private final Document model;
    private final DmnEngine engine;
    private final DmnDecision decision;
    private final Set<String> selectedRules = ConcurrentHashMap.newKeySet();
    private final AtomicInteger evaluations = new AtomicInteger();

    private DecisionUnderTest(byte[] dmn, String decisionId) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener recordSelectedRules =
                event -> event.getMatchingRules().forEach(rule -> selectedRules.add(rule.getId()));
        configuration.customPostDecisionTableEvaluationListeners(List.of(recordSelectedRules));
        this.engine = configuration.buildEngine();
        this.decision = engine.parseDecision(decisionId, new ByteArrayInputStream(dmn));
        this.model = parseXml(dmn);
    }

    /** Loads {@code decisions/<file>} from the classpath, where Maven copies the modellers' folder. */
    public static DecisionUnderTest load(String file, String decisionId) {
        try (InputStream in = DecisionUnderTest.class.getClassLoader().getResourceAsStream("decisions/" + file)) {
            if (in == null) {
                throw new IllegalStateException("decisions/" + file + " is not on the classpath");
            }
            return new DecisionUnderTest(in.readAllBytes(), decisionId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DmnDecisionResult evaluate(VariableMap variables) {
        evaluations.incrementAndGet();
        return engine.evaluateDecision(decision, variables);
    }

    /** After the class: every rule needs a row, unless no row ran at all (a single other test was picked). */
    @Override
    public void afterAll(ExtensionContext context) {
        if (evaluations.get() > 0) {
            assertThat(rulesNeverSelected()).as("rules without a test row").isEmpty();
        }
    }

    public void assertEveryRuleIsExplained() {
        assertThat(rulesNotExplained())
                .as("rules whose Annotation column (description) is empty or differs from their DMN 1.3 "
                        + "annotationEntry: copy the annotation into the annotationEntry text")
                .isEmpty();
    }

    /** Rules that no evaluation so far has selected: each needs a test row. */
    List<String> rulesNeverSelected() {
        List<String> never = new ArrayList<>();
        for (Element rule : rules()) {
            if (!selectedRules.contains(rule.getAttribute("id"))) {
                never.add(rule.getAttribute("id"));
            }
        }
        return never;
    }

    /**
     * Rules without an explanation. Camunda Modeler shows a rule's {@code description} in the table's
     * Annotation column; DMN 1.3 also has {@code annotationEntry}. Both must be present and say the same.
     */
    List<String> rulesNotExplained() {
        List<String> unexplained = new ArrayList<>();
        for (Element rule : rules()) {
            String description = childText(rule, "description");
            Element annotationEntry = child(rule, "annotationEntry");
            String annotation = annotationEntry == null ? null : childText(annotationEntry, "text");
            if (description == null || description.isBlank() || !description.equals(annotation)) {
                unexplained.add(rule.getAttribute("id"));
            }
        }
        return unexplained;
    }

    private List<Element> rules() {
        List<Element> rules = new ArrayList<>();
        var nodes = model.getElementsByTagNameNS(DMN_13, "rule");
        for (int i = 0; i < nodes.getLength(); i++) {
            rules.add((Element) nodes.item(i));
        }
        return rules;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DMN_13.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    private static Document parseXml(byte[] dmn) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(dmn));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the DMN XML", e);
        }
    }
}
