package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.Order;
import com.threadline.order.OrderService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The delivery-delay monitor fires on any forecast past the due date (threshold 0 days) and leaves the grade to the
 * decision, which weighs the slack left. Packing is expected late, which pushes ex-factory (the delivery
 * milestone) back by as many days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeliveryDelayMonitorTest {

    @Autowired
    OrderService orders;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;

    private String orderNo;
    private Order order;

    @BeforeEach
    void roles() {
        data.ensureRoleUsers();
    }

    @Test
    void aForecastDeliveryOnTheDueDateIsNoDeliveryDelay() {
        openOrderDueIn(100);
        assertThat(packingLateBy(0).getDelayDays()).isZero();

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY)).isEmpty();
    }

    @Test
    void aForecastDeliveryOneDayLateIsADeliveryDelayGradedByTheDecision() {
        openOrderDueIn(100);
        assertThat(packingLateBy(1).getDelayDays()).isEqualTo(1);

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);
        assertThat(delay.getSubject()).isEqualTo("ORDER");
        assertThat(delay.getDelayDays()).isEqualTo(1);
        assertThat(delay.getAtStakeDate()).isEqualTo(order.getDueDate());
        assertThat(delay.getPriority()).as("1 day late, 100 days left").isEqualTo("P3");
    }

    @Test
    void sixDaysLateOnAnOrderDueInHundredDaysIsNoP0() {
        openOrderDueIn(100);
        assertThat(packingLateBy(6).getDelayDays()).isEqualTo(6);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY).getPriority()).isEqualTo("P2");
    }

    @Test
    void sixDaysLateOnAnOrderDueInThreeWeeksIsP0() {
        openOrderDueIn(21);
        assertThat(packingLateBy(6).getDelayDays()).isEqualTo(6);

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);
        assertThat(delay.getPriority()).isEqualTo("P0");
        assertThat(delay.roleList()).contains("gm", "businessOwner");
    }

    private void openOrderDueIn(int days) {
        orderNo = TestData.uniqueOrderNo();
        order = orders.create(data.orderRequest(orderNo, data.today().plusDays(days))).order();
        assertThat(order.getDelayDays()).isZero();
    }

    private Order packingLateBy(int days) {
        return orders.expect(orderNo, "PACKING", plannedDateOf("PACKING").plusDays(days), "sewing line down");
    }

    private LocalDate plannedDateOf(String milestone) {
        return order.milestone(milestone).orElseThrow().getPlannedDate();
    }
}
