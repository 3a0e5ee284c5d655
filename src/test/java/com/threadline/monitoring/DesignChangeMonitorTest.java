package com.threadline.monitoring;

import com.threadline.inputs.InputSource;
import com.threadline.inputs.TechPackChange;
import com.threadline.inputs.TechPackVersionService;
import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.order.Order;
import com.threadline.order.OrderService;
import com.threadline.plan.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The design-change monitor: a second tech-pack version less than 48 h before production starts, which is
 * the start of the cutting-start day (its forecast until cutting is recorded), local time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DesignChangeMonitorTest {

    @Autowired
    OrderService orders;
    @Autowired
    TechPackVersionService techPacks;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions exceptions;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private String orderNo;
    private Order order;
    private Instant productionStart;

    /**
     * An express order opened weeks ago, whose cutting is planned for today; with the PP meeting held yesterday
     * nothing pushes cutting later, so production starts at the beginning of today. An order opened today cannot
     * have cutting today (its plan is fitted to start today), so the test moves the new order's plan back as if
     * it had been made then. Version V1 is the tech pack the order started with (one version alone is no change).
     */
    @BeforeEach
    void openOrderCuttingToday() {
        data.ensureRoleUsers();
        LocalDate today = data.today();
        orderNo = TestData.uniqueOrderNo();
        Order created = orders.create(data.orderRequest(orderNo, today.plusDays(20))).order();
        data.openedDaysAgo(orderNo, (int) ChronoUnit.DAYS.between(today,
                created.milestone("CUTTING_START").orElseThrow().getPlannedDate()));
        order = orders.recordActual(orderNo, "PP_MEETING", today.minusDays(1));
        LocalDate cuttingStart = order.milestone("CUTTING_START").orElseThrow().getForecastDate();
        assertThat(cuttingStart).isEqualTo(today);
        productionStart = cuttingStart.atStartOfDay(clock.getZone()).toInstant();
        techPackChangedAt("V1", productionStart.minus(Duration.ofDays(10)));
    }

    @Test
    void aNewVersion47Hours59MinutesBeforeProductionStartsIsADesignChange() {
        techPackChangedAt("V2", productionStart.minus(Duration.ofHours(47).plusMinutes(59)));

        monitorRunner.run(List.of(orderNo));

        OrderException change = exceptions.theOnly(orderNo, ExceptionType.DESIGN_CHANGE);
        assertThat(change.getSubject()).isEqualTo("TECH_PACK");
        assertThat(change.getDelayDays()).isEqualTo(order.getDelayDays());
        assertThat(change.getStage()).as("the stage is the plan's: the PP meeting is held, production is next, "
                + "wherever the lifecycle process waits").isEqualTo(Stage.PRODUCTION);
        assertThat(change.getPriority()).as("a change at the door of production").isEqualTo("P1");
    }

    @Test
    void aNewVersion48Hours1MinuteBeforeProductionStartsIsNoDesignChange() {
        techPackChangedAt("V2", productionStart.minus(Duration.ofHours(48).plusMinutes(1)));

        monitorRunner.run(List.of(orderNo));

        assertThat(exceptions.of(orderNo, ExceptionType.DESIGN_CHANGE)).isEmpty();
    }

    private void techPackChangedAt(String version, Instant changedAt) {
        assertThat(changedAt).as("a change reported as it happens is not in the future").isBefore(clock.instant());
        techPacks.record(orderNo, new TechPackChange(version, changedAt.atZone(clock.getZone()).toOffsetDateTime(),
                "collar height 7 cm → 6.5 cm", TestData.userOf("tech"), InputSource.API));
    }
}
