package com.threadline.monitoring;

import com.threadline.inputs.InputSource;
import com.threadline.inputs.LogisticsEventKind;
import com.threadline.inputs.LogisticsEventService;
import com.threadline.inputs.LogisticsReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.OrderService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The logistics-deviation monitor: a booking, departure or arrival expected (or done) more than 24 h after
 * the start of its planned day, local time. Here the forwarder's expected arrival against the ETA milestone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogisticsDeviationMonitorTest {

    @Autowired
    OrderService orders;
    @Autowired
    LogisticsEventService logistics;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private String orderNo;
    private Instant etaPlannedDayStarts;

    /** A standard order due in 100 days: the goods are planned to arrive at the port in 130 days. */
    @BeforeEach
    void openOrder() {
        data.ensureRoleUsers();
        orderNo = TestData.uniqueOrderNo();
        etaPlannedDayStarts = orders.create(data.orderRequest(orderNo)).order().milestone("ETA").orElseThrow()
                .getPlannedDate().atStartOfDay(clock.getZone()).toInstant();
    }

    @Test
    void anArrivalExpectedExactly24HoursAfterItsPlannedDayStartsIsNoDeviation() {
        arrivalExpectedAt(etaPlannedDayStarts.plus(Duration.ofHours(24)));

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.LOGISTICS_DEVIATION)).isEmpty();
    }

    @Test
    void anArrivalExpected24HoursAnd1MinuteAfterItsPlannedDayStartsIsADeviation() {
        arrivalExpectedAt(etaPlannedDayStarts.plus(Duration.ofHours(24).plusMinutes(1)));

        monitorRunner.run(List.of(orderNo));

        OrderException deviation = exceptions.theOnly(orderNo, ExceptionType.LOGISTICS_DEVIATION);
        assertThat(deviation.getSubject()).isEqualTo("ETA");
        assertThat(deviation.getDelayDays()).as("a late arrival does not move an on-time ex-factory").isZero();
        assertThat(deviation.getPriority()).isEqualTo("P3");
    }

    @Test
    void aDepartureExpectedADayLateDelaysTheShipmentAndIsP2() {
        Instant etdPlannedDayStarts = orders.create(data.orderRequest(orderNo + "D")).order().milestone("ETD")
                .orElseThrow().getPlannedDate().atStartOfDay(clock.getZone()).toInstant();
        report(orderNo + "D", LogisticsEventKind.ETD, etdPlannedDayStarts.plus(Duration.ofHours(24).plusMinutes(1)),
                null);

        monitorRunner.run(List.of(orderNo + "D"));

        OrderException deviation = exceptions.theOnly(orderNo + "D", ExceptionType.LOGISTICS_DEVIATION);
        assertThat(deviation.getSubject()).isEqualTo("ETD");
        assertThat(deviation.getDelayDays()).isEqualTo(1);
        assertThat(deviation.getPriority()).isEqualTo("P2");
    }

    @Test
    void anOnTimeArrivalClearsTheLateEtaBeforeIt() {
        arrivalExpectedAt(etaPlannedDayStarts.plus(Duration.ofDays(3)));
        monitorRunner.run(List.of(orderNo));
        OrderException deviation = exceptions.theOnly(orderNo, ExceptionType.LOGISTICS_DEVIATION);

        report(orderNo, LogisticsEventKind.ARRIVAL, null, Instant.now(clock).minus(Duration.ofHours(1)));
        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.LOGISTICS_DEVIATION)).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo(deviation.getId());
            assertThat(e.getConditionClearedAt()).isNotNull();
        });
    }

    private void arrivalExpectedAt(Instant expectedAt) {
        report(orderNo, LogisticsEventKind.ETA, expectedAt, null);
    }

    private void report(String order, LogisticsEventKind kind, Instant expectedAt, Instant actualAt) {
        logistics.report(order, new LogisticsReport(kind,
                expectedAt == null ? null : expectedAt.atZone(clock.getZone()).toOffsetDateTime(),
                actualAt == null ? null : actualAt.atZone(clock.getZone()).toOffsetDateTime(), "MSC AURORA 042E",
                TestData.userOf("merchandiser"), InputSource.API));
    }
}
