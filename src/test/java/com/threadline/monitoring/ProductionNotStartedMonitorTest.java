package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.Order;
import com.threadline.order.OrderService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The production-not-started monitor: due within 7 days and cutting has not started. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionNotStartedMonitorTest {

    @Autowired
    OrderService orders;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;

    private String orderNo;

    @BeforeEach
    void ensureUsers() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
    }

    @Test
    void dueIn7DaysWithoutCuttingStartedIsProductionNotStarted() {
        Order order = openOrderDueInDays(7);
        assertThat(order.getDelayDays()).as("nothing done 7 days before the due date").isGreaterThan(5);

        monitorRunner.run(List.of(orderNo));

        OrderException notStarted = exceptions.theOnly(orderNo, ExceptionType.PRODUCTION_NOT_STARTED);
        assertThat(notStarted.getSubject()).isEqualTo("CUTTING_START");
        assertThat(notStarted.getDelayDays()).isEqualTo(order.getDelayDays());
        assertThat(notStarted.getPriority()).isEqualTo("P0");
    }

    @Test
    void dueIn8DaysIsNotYetProductionNotStarted() {
        openOrderDueInDays(8);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.PRODUCTION_NOT_STARTED)).isEmpty();
    }

    /**
     * An order due in 7 days without cutting is at risk; once cutting is recorded the condition no longer holds:
     * the exception records that (people close it) and no new one opens.
     */
    @Test
    void dueIn7DaysWithCuttingStartedIsNoLongerProductionNotStarted() {
        openOrderDueInDays(7);
        monitorRunner.run(List.of(orderNo));
        exceptions.theOnly(orderNo, ExceptionType.PRODUCTION_NOT_STARTED);

        orders.recordActual(orderNo, "CUTTING_START", data.today());
        monitorRunner.run(List.of(orderNo));

        List<OrderException> open = exceptions.of(orderNo, ExceptionType.PRODUCTION_NOT_STARTED);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getConditionClearedAt()).isNotNull();
    }

    /** An express order opened a while ago, nothing recorded since its confirmation, due in {@code days} days. */
    private Order openOrderDueInDays(int days) {
        orders.create(data.orderRequest(orderNo, data.today().plusDays(20)));
        data.openedDaysAgo(orderNo, 20 - days);
        return orders.recordActual(orderNo, "ORDER_CONFIRMED", data.today());
    }
}
