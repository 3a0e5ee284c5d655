package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionRegistry.Outcome;
import com.threadline.exception.ExceptionStatus;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.Order;
import com.threadline.order.OrderService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Passes over time: a condition that persists stays one exception, one that clears is recorded as cleared,
 * and a full pass runs every monitor. The condition here is a delivery delay from packing expected late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorRunnerTest {

    @Autowired
    OrderService orders;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;

    private String orderNo;
    private LocalDate packingPlanned;

    /** A standard order due in 100 days whose packing is now expected 8 days late. */
    @BeforeEach
    void openLateOrder() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        Order order = orders.create(data.orderRequest(orderNo)).order();
        packingPlanned = order.milestone("PACKING").orElseThrow().getPlannedDate();
        Order late = orders.expect(orderNo, "PACKING", packingPlanned.plusDays(8), "embroidery machine down");
        assertThat(late.getDelayDays()).isEqualTo(8);
    }

    @Test
    void aConditionSeenByTwoPassesIsOneException() {
        monitorRunner.run(List.of(orderNo));
        OrderException first = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);

        Outcome second = outcomeOf(monitorRunner.run(List.of(orderNo)), ExceptionType.DELIVERY_DELAY);

        assertThat(second.found()).isEqualTo(1);
        assertThat(second.opened()).isZero();
        OrderException still = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);
        assertThat(still.getId()).isEqualTo(first.getId());
        assertThat(still.getDelayDays()).isEqualTo(8);
        assertThat(still.getLastSeenAt()).isAfterOrEqualTo(first.getLastSeenAt());
    }

    @Test
    void aConditionThatClearsIsRecordedAsClearedAndTheExceptionStaysOpen() {
        monitorRunner.run(List.of(orderNo));
        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);

        orders.expect(orderNo, "PACKING", packingPlanned, "second embroidery machine rented");
        monitorRunner.run(List.of(orderNo));

        List<OrderException> open = exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY);
        assertThat(open).extracting(OrderException::getId).containsExactly(delay.getId());
        assertThat(open.get(0).getConditionClearedAt()).isNotNull();
        assertThat(open.get(0).getStatus()).isEqualTo(ExceptionStatus.OPEN);
    }

    @Test
    void aFullPassRunsEveryMonitorOnce() {
        List<Outcome> outcomes = monitorRunner.runFullPass();

        assertThat(outcomes).extracting(Outcome::type).containsExactlyInAnyOrder(ExceptionType.values());
        assertThat(outcomeOf(outcomes, ExceptionType.DELIVERY_DELAY).found()).as("this order among them")
                .isPositive();
        Map<String, MonitorRunner.PassRecord> passes = monitorRunner.lastPasses();
        for (ExceptionType type : ExceptionType.values()) {
            assertThat(passes.get(type.name()).error()).as("error of the %s pass", type).isNull();
        }
        exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);
    }

    private static Outcome outcomeOf(List<Outcome> outcomes, ExceptionType type) {
        return outcomes.stream().filter(o -> o.type() == type).findFirst().orElseThrow();
    }
}
