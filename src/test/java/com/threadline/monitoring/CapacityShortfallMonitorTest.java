package com.threadline.monitoring;

import com.threadline.inputs.CapacityPlanRequest;
import com.threadline.inputs.CapacityPlanService;
import com.threadline.inputs.InputSource;
import com.threadline.inputs.OutputReport;
import com.threadline.inputs.ProductionOutputService;
import com.threadline.inputs.ProductionStage;
import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.OrderService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The capacity-shortfall monitor: a stage's daily output more than 10% below its planned daily capacity on
 * the latest two reported days, and those two days consecutive. Sewing is planned at 1,000 pieces a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapacityShortfallMonitorTest {

    private static final int ORDER_QUANTITY = 10_000;
    private static final int PLANNED_DAILY = 1_000;

    @Autowired
    OrderService orders;
    @Autowired
    CapacityPlanService capacity;
    @Autowired
    ProductionOutputService output;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;

    private String orderNo;
    private LocalDate today;

    /** A standard order of 10,000 pieces due in 100 days, sewing planned at 1,000 a day from a week ago. */
    @BeforeEach
    void openOrder() {
        data.ensureRoleUsers();
        today = data.today();
        orderNo = TestData.uniqueOrderNo();
        CreateOrderRequest request = data.orderRequest(orderNo);
        orders.create(new CreateOrderRequest(request.orderNo(), request.customer(), request.style(),
                request.productType(), ORDER_QUANTITY, request.dueDate(), request.factoryCode(),
                request.merchandiser(), request.businessOwner(), request.materials(), null));
        capacity.plan(orderNo, new CapacityPlanRequest(ProductionStage.SEWING, PLANNED_DAILY, today.minusDays(7),
                request.dueDate(), TestData.userOf("planner"), InputSource.API));
    }

    @Test
    void ninePercentShortTwoDaysRunningIsNoShortfall() {
        sewn(today.minusDays(1), 910);
        sewn(today, 910);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.CAPACITY_SHORTFALL)).isEmpty();
    }

    @Test
    void elevenPercentShortTwoDaysRunningIsACapacityShortfall() {
        sewn(today.minusDays(1), 890);
        sewn(today, 890);

        monitorRunner.run(List.of(orderNo));

        OrderException shortfall = exceptions.theOnly(orderNo, ExceptionType.CAPACITY_SHORTFALL);
        assertThat(shortfall.getSubject()).isEqualTo("SEWING");
        assertThat(shortfall.getDelayDays()).as("220 pieces short is 1 day of sewing").isEqualTo(1);
        assertThat(shortfall.getPriority()).isEqualTo("P2");
    }

    @Test
    void elevenPercentShortOnOneDayOnlyIsNoShortfall() {
        sewn(today.minusDays(1), 1_000);
        sewn(today, 890);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.CAPACITY_SHORTFALL)).isEmpty();
    }

    @Test
    void elevenPercentShortOnTwoDaysWithADayBetweenIsNoShortfall() {
        openedDaysAgo(7);
        sewn(today.minusDays(2), 890);
        sewn(today, 890);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.CAPACITY_SHORTFALL)).isEmpty();
    }

    private void sewn(LocalDate day, int quantity) {
        output.report(orderNo, new OutputReport(day, ProductionStage.SEWING, quantity, TestData.userOf("planner"),
                InputSource.API, null));
    }

    /**
     * Output may be reported from the day before the order was opened, so a gap between two reports needs an
     * order opened earlier than today; no service moves that date, so the test does.
     */
    private void openedDaysAgo(int days) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> entityManager
                .createQuery("update Order o set o.createdAt = :openedAt where o.orderNo = :orderNo")
                .setParameter("openedAt", clock.instant().minus(Duration.ofDays(days)))
                .setParameter("orderNo", orderNo)
                .executeUpdate());
    }
}
