package com.threadline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The FEEL engine that parses each expression once: the same answers as Camunda's own, from one parse per text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeelParsedOnceTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theProcessEnginesDecisionsAreEvaluatedByIt() {
        DefaultDmnEngineConfiguration dmn =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration();

        assertThat(dmn.getFeelEngine()).isInstanceOf(FeelParsedOnce.class);
    }

    @Test
    void decidesAsCamundasOwnEngineForEveryRowAgainAndAgain() throws Exception {
        DmnEngine ownEngine = engineWith(null);
        DmnEngine parsedOnceEngine = engineWith(new FeelParsedOnce(List.of()));
        DmnDecision own = stockCoverage(ownEngine);
        DmnDecision parsedOnce = stockCoverage(parsedOnceEngine);
        List<Object[]> rows = List.of(new Object[] {true, 1000.0, 0.0}, new Object[] {false, null, 5000.0},
                new Object[] {false, 1000.0, null}, new Object[] {false, 1000.0, 2000.0},
                new Object[] {false, 1000.0, 500.0}, new Object[] {false, 1000.0, 1050.0},
                new Object[] {false, 1000.0, 1049.99}, new Object[] {false, 1000.0, 1000.0});

        List<String> expected = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Object[] row : rows) {
                expected.add(supply(ownEngine.evaluateDecision(own, inputs(row))));
                got.add(supply(parsedOnceEngine.evaluateDecision(parsedOnce, inputs(row))));
            }
        }

        assertThat(got).isEqualTo(expected)
                .containsOnly("ON_ORDER", "PURCHASE_REQUESTED", "FROM_STOCK").contains("FROM_STOCK", "ON_ORDER");
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeItIsEvaluated() {
        FeelParsedOnce feel = new FeelParsedOnce(List.of());
        VariableContext variables = Variables.putValue("x", 3).asVariableContext();

        for (int time = 0; time < 2; time++) {
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 2", "x", variables))
                    .isInstanceOf(FeelException.class).hasMessageContaining("> > 2");
        }
        assertThat(feel.evaluateSimpleUnaryTests("> 2", "x", variables)).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("> 2", "x", Variables.putValue("x", 1).asVariableContext()))
                .isFalse();
        assertThat((Object) feel.evaluateSimpleExpression("x * 2", variables)).isEqualTo(6L);
    }

    @Test
    void eachTextIsParsedOnce() throws Exception {
        FeelParsedOnce.Parser parser = parserOf(new FeelParsedOnce(List.of()));

        assertThat(parser.parseUnaryTests("[1..5]")).isSameAs(parser.parseUnaryTests("[1..5]"))
                .isNotSameAs(parser.parseUnaryTests("[1..6]"));
        assertThat(parser.parseExpression("a + 1")).isSameAs(parser.parseExpression("a + 1"))
                .isNotSameAs(parser.parseUnaryTests("a + 1"));
    }

    private static FeelParsedOnce.Parser parserOf(ScalaFeelEngine feel) throws ReflectiveOperationException {
        Field parser = ScalaFeelEngine.class.getDeclaredField("feelEngine");
        parser.setAccessible(true);
        return (FeelParsedOnce.Parser) parser.get(feel);
    }

    private static DmnEngine engineWith(FeelParsedOnce feel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (feel != null) {
            configuration.setFeelEngineFactory(() -> feel);
        }
        return configuration.buildEngine();
    }

    private static DmnDecision stockCoverage(DmnEngine dmn) throws Exception {
        try (InputStream in = FeelParsedOnceTest.class.getClassLoader()
                .getResourceAsStream("decisions/stock-coverage.dmn")) {
            return dmn.parseDecision("StockCoverage", in);
        }
    }

    private static VariableMap inputs(Object[] row) {
        return Variables.putValue("onOrder", row[0]).putValue("required", row[1]).putValue("onHand", row[2]);
    }

    private static String supply(DmnDecisionResult result) {
        return result.getSingleResult().getSingleEntry();
    }
}
