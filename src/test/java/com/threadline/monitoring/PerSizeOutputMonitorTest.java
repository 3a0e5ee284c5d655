package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.inputs.CapacityPlanRequest;
import com.threadline.inputs.CapacityPlanService;
import com.threadline.inputs.InputSource;
import com.threadline.inputs.OutputReport;
import com.threadline.inputs.ProductionOutputService;
import com.threadline.inputs.ProductionStage;
import com.threadline.order.CreateOrderRequest;
import com.threadline.order.OrderService;
import com.threadline.order.SizeLineRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The monitors read totals: a factory that reports per colour and size feeds them as one that reports a total.
 * 10,000 pieces in two colours, sewing planned at 1,000 a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerSizeOutputMonitorTest {

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

    @Test
    void perSizeReportsElevenPercentShortTwoDaysRunningAreACapacityShortfall() {
        String orderNo = splitOrder();
        LocalDate today = data.today();
        sewnPerSize(orderNo, today.minusDays(1));
        sewnPerSize(orderNo, today);

        monitorRunner.run(List.of(orderNo));

        OrderException shortfall = exceptions.theOnly(orderNo, ExceptionType.CAPACITY_SHORTFALL);
        assertThat(shortfall.getSubject()).isEqualTo("SEWING");
        assertThat(shortfall.getDelayDays()).as("220 pieces short is 1 day of sewing").isEqualTo(1);
    }

    @Test
    void perSizeReportsAtPlanAreNoShortfall() {
        String orderNo = splitOrder();
        LocalDate today = data.today();
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            output.report(orderNo, new OutputReport(day, ProductionStage.SEWING, null, TestData.userOf("planner"),
                    InputSource.API, List.of(new SizeLineRequest("Black", "M", 600),
                            new SizeLineRequest("White", "L", 400))));
        }

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.CAPACITY_SHORTFALL)).isEmpty();
    }

    /** 890 a day, split 500 + 390. */
    private void sewnPerSize(String orderNo, LocalDate day) {
        output.report(orderNo, new OutputReport(day, ProductionStage.SEWING, null, TestData.userOf("planner"),
                InputSource.API, List.of(new SizeLineRequest("Black", "M", 500), new SizeLineRequest("White", "L", 390))));
    }

    private String splitOrder() {
        data.ensureRoleUsers();
        String orderNo = TestData.uniqueOrderNo();
        CreateOrderRequest r = data.orderRequest(orderNo);
        orders.create(new CreateOrderRequest(orderNo, r.customer(), r.style(), r.productType(), 10_000, r.dueDate(),
                r.factoryCode(), r.merchandiser(), r.businessOwner(), r.materials(),
                List.of(new SizeLineRequest("Black", "M", 6_000), new SizeLineRequest("White", "L", 4_000))));
        capacity.plan(orderNo, new CapacityPlanRequest(ProductionStage.SEWING, 1_000, data.today().minusDays(7),
                r.dueDate(), TestData.userOf("planner"), InputSource.API));
        return orderNo;
    }
}
