package com.threadline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.exception.OrderExceptionRepository;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.CreateOrderRequest.MaterialLineRequest;
import com.threadline.order.OrderService;
import com.threadline.partner.MaterialKind;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forecast learns from generated history with a known signal (KnownSignalHistory: the slow factory late 70%,
 * the punctual one 10%, late fabric late 85%) and must find it: on the newest fifth of that history, held back from
 * training, it ranks late orders above on-time ones with an AUC above 0.80 and beats the base rate's Brier score; on
 * open orders it names the slow factory and the late fabric among an order's reasons; and above the threshold
 * (0.6) it opens one P2 risk exception, which scoring again does not repeat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskForecastTest {

    @Autowired
    KnownSignalHistory history;
    @Autowired
    RiskForecast forecast;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OrderService orders;
    @Autowired
    OrderExceptionRepository exceptions;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    private RiskModels.ModelInfo model;

    @BeforeAll
    void learnFromTheKnownSignal() {
        data.ensureRoleUsers();
        history.ensure();
        model = forecast.retrain("测试");
    }

    /** Other tests' orders must not meet this model in their monitor passes. */
    @AfterAll
    void forgetTheModel() {
        jdbc.update("DELETE FROM risk_model");
    }

    @Test
    void theModelFindsTheKnownSignalOnHeldBackHistory() {
        assertThat(model.holdoutOrders()).as("a fifth of at least %d delivered orders", KnownSignalHistory.ORDERS)
                .isGreaterThanOrEqualTo(KnownSignalHistory.ORDERS / 5);
        assertThat(model.auc()).as("hold-out AUC").isGreaterThan(0.80);
        assertThat(model.brier()).as("Brier score against the base rate's").isLessThan(model.baseBrier());
        assertThat(model.reliability()).hasSize(10);
        assertThat(model.reliability().get(9).observed()).as("late share of the riskiest tenth")
                .isGreaterThan(model.reliability().get(0).observed() + 0.4);
        List<String> strongest = model.importance().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4).map(Map.Entry::getKey)
                .toList();
        assertThat(strongest).contains(RiskFeature.FACTORY_RECORD.name());
    }

    @Test
    void anOrderAtTheSlowFactoryIsRiskierAndTheFactoryIsAmongItsReasons() {
        String slow = history.openOrder(orderNo(), KnownSignalHistory.SLOW_FACTORY, 45, 0);
        String punctual = history.openOrder(orderNo(), KnownSignalHistory.PUNCTUAL_FACTORY, 45, 0);

        Map<String, OrderRisk> risks = score(slow, punctual);

        assertThat(risks.get(slow).probability()).isGreaterThan(risks.get(punctual).probability() + 0.3);
        assertThat(risks.get(slow).reasons()).as("reasons of %s", slow)
                .anyMatch(r -> r.startsWith("加工厂 " + KnownSignalHistory.SLOW_FACTORY_NAME + " 历史延误多"));
        assertThat(risks.get(slow).reasons()).hasSizeLessThanOrEqualTo(RiskPredictor.TOP_REASONS);
    }

    @Test
    void fabricSixDaysOverdueRaisesTheRiskAndIsNamed() {
        String onPlan = history.openOrder(orderNo(), KnownSignalHistory.PUNCTUAL_FACTORY, 45, 0);
        String lateFabric = history.openOrder(orderNo(), KnownSignalHistory.PUNCTUAL_FACTORY, 45, 6);

        Map<String, OrderRisk> risks = score(onPlan, lateFabric);

        assertThat(risks.get(lateFabric).probability()).isGreaterThan(risks.get(onPlan).probability() + 0.3);
        assertThat(risks.get(lateFabric).reasons()).as("reasons of %s", lateFabric)
                .anyMatch(r -> r.equals("面料已晚 6 天") || r.equals("面辅料阶段已晚 6 天")
                        || r.startsWith("供应商 迟到测试面料厂"));
    }

    @Test
    void aRiskAboveTheThresholdOpensOneP2ExceptionAndScoringAgainNoSecond() {
        String risky = TestData.uniqueOrderNo();
        orders.create(orderAtSlowFactoryWithLateFabric(risky));
        jdbc.update("UPDATE material_line SET needed_by = ? WHERE kind = 'FABRIC' AND order_id = "
                + "(SELECT id FROM orders WHERE order_no = ?)", Date.valueOf(data.today().minusDays(8)), risky);
        String calm = history.openOrder(orderNo(), KnownSignalHistory.PUNCTUAL_FACTORY, 60, 0);
        assertThat(score(risky, calm).get(risky).probability()).isGreaterThan(forecast.threshold());

        monitorRunner.run(List.of(risky, calm));
        monitorRunner.run(List.of(risky, calm));

        List<OrderException> risk = risks(risky);
        assertThat(risk).as("risk exceptions of %s", risky).hasSize(1);
        assertThat(risk.get(0).getPriority()).isEqualTo("P2");
        assertThat(risk.get(0).isOpen()).isTrue();
        assertThat(risk.get(0).getTitle()).isEqualTo(RiskMonitor.TITLE);
        assertThat(risk.get(0).getDetail()).contains("误期的概率为").contains("主要原因");
        assertThat(risks(calm)).isEmpty();
    }

    private List<OrderException> risks(String orderNo) {
        return exceptions.findByOrderNoOrderByDetectedAtDesc(orderNo).stream()
                .filter(e -> e.getType() == ExceptionType.DELIVERY_RISK).toList();
    }

    private CreateOrderRequest orderAtSlowFactoryWithLateFabric(String orderNo) {
        CreateOrderRequest usual = data.orderRequest(orderNo, data.today().plusDays(100));
        return new CreateOrderRequest(orderNo, usual.customer(), usual.style(), usual.productType(), usual.quantity(),
                usual.dueDate(), KnownSignalHistory.SLOW_FACTORY, usual.merchandiser(), usual.businessOwner(),
                List.of(new MaterialLineRequest(MaterialKind.FABRIC, "shell fabric", KnownSignalHistory.LATE_FABRIC,
                        new BigDecimal("1800"), "m", usual.dueDate().minusDays(50))), null);
    }

    private Map<String, OrderRisk> score(String... orderNos) {
        Map<String, OrderRisk> risks = forecast.scoreOpenOrders(List.of(orderNos)).stream()
                .collect(Collectors.toMap(OrderRisk::orderNo, r -> r));
        assertThat(risks).containsOnlyKeys(orderNos);
        return risks;
    }

    private static String orderNo() {
        return "RKO-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
