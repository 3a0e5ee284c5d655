package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.order.Order;
import com.threadline.order.OrderService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A slip graded low because its due date is far off rises by itself as the date nears. The test brings the date
 * near by moving the exception's date at stake, as the passing days would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackRegradeTest {

    @Autowired
    OrderService orders;
    @Autowired
    MonitorRunner monitors;
    @Autowired
    SlackRegrade regrade;
    @Autowired
    OrderExceptionRepository exceptions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestData data;

    private OrderException delay;

    /** A standard order due in 100 days whose packing slips 9 days: P2 while the date is far. */
    @BeforeEach
    void nineDaySlipFarOff() {
        data.ensureRoleUsers();
        String orderNo = TestData.uniqueOrderNo();
        Order order = orders.create(data.orderRequest(orderNo)).order();
        orders.expect(orderNo, "PACKING", order.milestone("PACKING").orElseThrow().getPlannedDate().plusDays(9),
                "印花厂停电");
        monitors.run(List.of(orderNo));
        // the scan the slip started on its own must not overwrite the date the tests move below
        monitors.awaitScansOfChangedOrders();
        delay = exceptions.findByOrderNoOrderByDetectedAtDesc(orderNo).stream()
                .filter(e -> e.getType() == ExceptionType.DELIVERY_DELAY).findFirst().orElseThrow();
        assertThat(delay.getPriority()).isEqualTo("P2");
    }

    @Test
    void whileTheDateIsFarTheGradeStays() {
        dueInDays(61);

        assertThat(regrade.regradeAll()).doesNotContain(delay.getId());
        assertThat(exceptions.require(delay.getId()).getPriority()).isEqualTo("P2");
    }

    @Test
    void twoMonthsOutTheGradeRisesToP1AndAMonthOutToP0WithTheGmAndDeadlinesInPlace() {
        dueInDays(60);
        assertThat(regrade.regradeAll()).contains(delay.getId());
        OrderException p1 = exceptions.require(delay.getId());
        assertThat(p1.getPriority()).isEqualTo("P1");
        assertThat(p1.roleList()).doesNotContain("gm");

        dueInDays(30);
        assertThat(regrade.regradeAll()).contains(delay.getId());
        OrderException p0 = exceptions.require(delay.getId());
        assertThat(p0.getPriority()).isEqualTo("P0");
        assertThat(p0.roleList()).contains("gm", "businessOwner");
        assertThat(p0.getPlanDueAt()).isNotNull();
        List<String> timeline = transaction.execute(status -> exceptions.require(delay.getId()).getTimeline().stream()
                .map(ExceptionEvent::getKind).toList());
        assertThat(timeline).containsSubsequence("GRADED", "DATE_NEARS", "REGRADED", "DATE_NEARS", "REGRADED");
        assertThat(p0.getProcessInstanceId()).isEqualTo(delay.getProcessInstanceId());

        assertThat(regrade.regradeAll()).as("a P0 stays as it is").doesNotContain(delay.getId());
    }

    @Test
    void anExceptionWhoseConditionClearedIsNotRaised() {
        jdbc.update("update order_exception set condition_cleared_at = current_timestamp where id = ?", delay.getId());
        dueInDays(3);

        assertThat(regrade.regradeAll()).doesNotContain(delay.getId());
        assertThat(exceptions.require(delay.getId()).getPriority()).isEqualTo("P2");
    }

    private void dueInDays(int days) {
        jdbc.update("update order_exception set at_stake_date = ? where id = ?", data.today().plusDays(days),
                delay.getId());
    }
}
