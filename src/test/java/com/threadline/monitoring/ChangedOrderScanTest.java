package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionRegistry;
import com.threadline.exception.ExceptionRegistry.Outcome;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.exception.OrderException;
import com.threadline.order.OrderService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A scan of changed orders runs all monitors in one transaction; when one of them fails, the scan is not lost: each
 * monitor runs again on its own, and what the others found is opened once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChangedOrderScanTest {

    @Autowired
    DeliveryDelayMonitor deliveryDelay;
    @Autowired
    ExceptionRegistry registry;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    OrderService orders;
    @Autowired
    MonitorRunner appMonitors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;

    @BeforeEach
    void roles() {
        data.ensureRoleUsers();
    }

    @Test
    void aMonitorFailingAfterAnotherFoundADelayLeavesThatDelayOpenedOnce() {
        String orderNo = lateOrder();
        FailsOnce failsOnce = new FailsOnce();
        MonitorRunner runner = runnerOf(List.of(deliveryDelay, failsOnce));
        try {
            List<Outcome> outcomes = runner.run(List.of(orderNo));

            assertThat(failsOnce.calls).as("the failing monitor ran again on its own").hasValue(2);
            assertThat(outcomes).extracting(Outcome::type)
                    .containsExactly(ExceptionType.DELIVERY_DELAY, ExceptionType.DESIGN_CHANGE);
            assertThat(outcomes.get(0).found()).isEqualTo(1);
            assertThat(exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY).getDelayDays()).isEqualTo(6);
        } finally {
            runner.stop();
        }
    }

    @Test
    void aMonitorFailingBeforeAnotherFindsADelayDoesNotKeepItBack() {
        String orderNo = lateOrder();
        FailsOnce failsOnce = new FailsOnce();
        MonitorRunner runner = runnerOf(List.of(failsOnce, deliveryDelay));
        try {
            List<Outcome> outcomes = runner.run(List.of(orderNo));

            assertThat(outcomes.get(1).opened()).isEqualTo(1);
            assertThat(exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY)).hasSize(1);
        } finally {
            runner.stop();
        }
    }

    @Test
    void aScanOfChangedOrdersRunsEveryMonitorInOneTransaction() {
        Records first = new Records(ExceptionType.DESIGN_CHANGE);
        Records second = new Records(ExceptionType.LOGISTICS_DEVIATION);
        MonitorRunner runner = runnerOf(List.of(first, second));
        try {
            runner.run(List.of(TestData.uniqueOrderNo()));

            assertThat(first.transaction).isNotNull().isSameAs(second.transaction);
        } finally {
            runner.stop();
        }
    }

    @Test
    void aScanOfMoreThanSixteenOrdersReadsThemSixteenAtATime() {
        List<String> late = IntStream.range(0, 18).mapToObj(i -> lateOrder()).toList();
        MonitorRunner runner = runnerOf(List.of(deliveryDelay));
        try {
            assertThat(runner.run(late).get(0).opened()).as("each order of both pages").isEqualTo(18);
            assertThat(runner.run(late).get(0).opened()).as("each order's delay seen open, on both pages").isZero();
            assertThat(runner.run(late.subList(16, 18)).get(0).found()).as("a short page").isEqualTo(2);
            assertThat(registry.notClosedOf(late).get(ExceptionType.DELIVERY_DELAY))
                    .extracting(OrderException::getOrderNo).containsExactlyInAnyOrderElementsOf(late);
            late.forEach(orderNo -> assertThat(exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY)).hasSize(1));
        } finally {
            runner.stop();
        }
    }

    private MonitorRunner runnerOf(List<Monitor> monitors) {
        return new MonitorRunner(monitors, registry, transactions, clock, metrics, 1, 1, Duration.ofMillis(20));
    }

    /**
     * An order six days late by its forecast, made so behind the app's back: the app's own scans of changed orders
     * have run and found it on time, so only the runner under test can find the delay.
     */
    private String lateOrder() {
        String orderNo = TestData.uniqueOrderNo();
        LocalDate due = orders.create(data.orderRequest(orderNo, data.today().plusDays(100))).order().getDueDate();
        appMonitors.awaitScansOfChangedOrders();
        assertThat(exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY)).isEmpty();
        jdbc.update("UPDATE orders SET delay_days = 6, forecast_delivery_date = ? WHERE order_no = ?",
                due.plusDays(6), orderNo);
        return orderNo;
    }

    /** A monitor whose first scan fails (a lost connection, say) and whose later scans find nothing. */
    private static final class FailsOnce implements Monitor {

        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ExceptionType type() {
            return ExceptionType.DESIGN_CHANGE;
        }

        @Override
        public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection lost");
            }
            return List.of();
        }
    }

    /** A monitor that finds nothing and notes the transaction it ran in (its persistence context's holder). */
    private final class Records implements Monitor {

        private final ExceptionType type;
        Object transaction;

        Records(ExceptionType type) {
            this.type = type;
        }

        @Override
        public ExceptionType type() {
            return type;
        }

        @Override
        public List<Finding> scan(LocalDate today, Instant now, Collection<String> scope) {
            transaction = TransactionSynchronizationManager.getResource(entityManagerFactory);
            return List.of();
        }
    }
}
