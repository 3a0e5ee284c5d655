package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.OrderService;
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

    @ParameterizedTest(name = "ETA {0} day(s) after the needed-by date is graded {1}")
    @CsvSource({"1, P2", "3, P1", "6, P0"})
    void fabricArrivingAfterItIsNeededIsAMaterialDelay(int daysLate, String priority) {
        fabricShippedWithEta(neededBy.plusDays(daysLate));

        monitorRunner.run(List.of(orderNo));

        OrderException delay = exceptions.theOnly(orderNo, ExceptionType.MATERIAL_DELAY);
        assertThat(delay.getSubject()).isEqualTo("LINE-" + FABRIC_LINE);
        assertThat(delay.getDelayDays()).isEqualTo(daysLate);
        assertThat(delay.getPriority()).isEqualTo(priority);
        assertThat(delay.getSupplierCode()).isEqualTo(TestData.FABRIC_SUPPLIER);
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
