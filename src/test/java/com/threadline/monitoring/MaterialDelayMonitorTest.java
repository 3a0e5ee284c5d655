package com.threadline.monitoring;

import com.threadline.inputs.InputSource;
import com.threadline.inputs.MaterialInputService;
import com.threadline.inputs.ShipmentReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.Order;
import com.threadline.order.OrderQueries;
import com.threadline.order.OrderService;
import com.threadline.order.OrderViews.MaterialView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The material-delay monitor: a shipped material line whose ETA is after the day the plan needs it in house
 * (the fabric line against FABRIC_IN_HOUSE's planned date), graded by how many days late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MaterialDelayMonitorTest {

    private static final int FABRIC_LINE = 1;

    @Autowired
    OrderService orders;
    @Autowired
    MaterialInputService materials;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;
    @Autowired
    OrderQueries queries;

    private String orderNo;
    private LocalDate neededBy;

    /** A standard order due in 100 days: its fabric is needed in house in 60 days. */
    @BeforeEach
    void openOrder() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        neededBy = orders.create(data.orderRequest(orderNo)).order().milestone("FABRIC_IN_HOUSE").orElseThrow()
                .getPlannedDate();
    }

    /** Needed in 60 days: far enough that a late ETA is graded below the near-date rows (P1 for 2–5, P0 above). */
    @ParameterizedTest(name = "ETA {0} day(s) after the needed-by date is graded {1}")
    @CsvSource({"1, P3", "3, P2", "6, P2"})
    void fabricArrivingAfterItIsNeededIsAMaterialDelay(int daysLate, String priority) {
        fabricShippedWithEta(neededBy.plusDays(daysLate));

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.MATERIAL_DELAY);
        assertThat(delay.getSubject()).isEqualTo("LINE-" + FABRIC_LINE);
        assertThat(delay.getDelayDays()).isEqualTo(daysLate);
        assertThat(delay.getPriority()).isEqualTo(priority);
        assertThat(delay.getSupplierCode()).isEqualTo(TestData.FABRIC_SUPPLIER);
        assertThat(delay.getAtStakeDate()).isEqualTo(neededBy);
    }

    @Test
    void aLateEtaMovesTheFabricInHouseMilestoneAndTheDeliveryForecast() {
        fabricShippedWithEta(neededBy.plusDays(6));

        Order order = orders.recordActual(orderNo, "ORDER_CONFIRMED", data.today());
        assertThat(order.milestone("FABRIC_IN_HOUSE").orElseThrow().getForecastDate()).isEqualTo(neededBy.plusDays(6));
        assertThat(order.getDelayDays()).isEqualTo(6);
        assertThat(order.getForecastDeliveryDate()).isEqualTo(order.getDueDate().plusDays(6));
    }

    @Test
    void aSlipReportedOnFabricInHouseIsTheFabricLinesDelay() {
        Order order = orders.expect(orderNo, "FABRIC_IN_HOUSE", neededBy.plusDays(4), "染厂排缸延误");

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.MATERIAL_DELAY);
        assertThat(delay.getSubject()).isEqualTo("LINE-" + FABRIC_LINE);
        assertThat(delay.getDelayDays()).isEqualTo(4);
        assertThat(order.getDelayDays()).isEqualTo(4);
        assertThat(exceptions.of(orderNo, ExceptionType.MATERIAL_DELAY)).hasSize(1);
        MaterialView fabric = queries.detail(orderNo).materials().get(0);
        assertThat(fabric.neededBy()).isEqualTo(neededBy);
        assertThat(fabric.expectedInHouse()).as("the slip shows on the line").isEqualTo(neededBy.plusDays(4));
    }

    @Test
    void fabricArrivingOnTheDayItIsNeededIsNoMaterialDelay() {
        fabricShippedWithEta(neededBy);

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.MATERIAL_DELAY)).isEmpty();
    }

    private void fabricShippedWithEta(LocalDate eta) {
        materials.shipped(orderNo, FABRIC_LINE, new ShipmentReport(data.today(), "COSCO", "CSLU1234567", eta,
                TestData.userOf("purchaser"), InputSource.API));
    }
}
