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
 * The delivery-delay monitor: a forecast delivery more than 5 days after the due date. Packing is expected
 * late, which pushes ex-factory (the delivery milestone) back by as many days.
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

    /** A standard order due in 100 days, on plan. */
    @BeforeEach
    void openOrder() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        order = orders.create(data.orderRequest(orderNo)).order();
        assertThat(order.getDelayDays()).isZero();
    }

    @Test
    void aForecastDelivery5DaysLateIsNoDeliveryDelay() {
        assertThat(packingLateBy(5).getDelayDays()).isEqualTo(5);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.DELIVERY_DELAY)).isEmpty();
    }

    @Test
    void aForecastDelivery6DaysLateIsADeliveryDelayGradedP0() {
        assertThat(packingLateBy(6).getDelayDays()).isEqualTo(6);

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.DELIVERY_DELAY);
        assertThat(delay.getSubject()).isEqualTo("ORDER");
        assertThat(delay.getDelayDays()).isEqualTo(6);
        assertThat(delay.getPriority()).isEqualTo("P0");
    }

    private Order packingLateBy(int days) {
        return orders.expect(orderNo, "PACKING", plannedDateOf("PACKING").plusDays(days), "sewing line down");
    }

    private LocalDate plannedDateOf(String milestone) {
        return order.milestone(milestone).orElseThrow().getPlannedDate();
    }
}
