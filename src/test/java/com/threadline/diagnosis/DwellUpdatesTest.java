package com.threadline.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.Order;
import com.threadline.order.OrderPlanUpdater;
import com.threadline.order.OrderRepository;
import com.threadline.order.OrderService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The step ledger follows the plan change that finished a step: written by the time its answer comes, never for a
 * change rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DwellUpdatesTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    OrderService orders;
    @Autowired
    OrderRepository orderRepository;
    @Autowired
    OrderPlanUpdater planUpdater;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DwellUpdates updates;

    @Test
    void aStepFinishedThroughThePageIsInTheLedgerWhenTheAnswerComes() {
        String orderNo = newOrder();
        ApiClient api = new ApiClient(rest, json);
        LocalDate today = data.today();

        assertThat(api.recordActual(orderNo, "ORDER_CONFIRMED", actual(api, today.minusDays(5))).status())
                .isEqualTo(200);
        assertThat(api.recordActual(orderNo, "TECH_PACK", actual(api, today.minusDays(2))).status()).isEqualTo(200);

        assertThat(jdbc.queryForList("SELECT d.finished_on FROM milestone_dwell d JOIN orders o ON o.id = d.order_id "
                + "WHERE o.order_no = ? AND d.milestone_code = 'TECH_PACK'", LocalDate.class, orderNo))
                .containsExactly(today.minusDays(2));
    }

    @Test
    void aPlanChangeRolledBackLeavesTheLedgerAsItWas() {
        String orderNo = newOrder();
        LocalDate today = data.today();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            Order order = orderRepository.require(orderNo);
            planUpdater.recordActual(order, "ORDER_CONFIRMED", today.minusDays(5));
            planUpdater.recordActual(order, "TECH_PACK", today.minusDays(2));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone_dwell d JOIN orders o ON o.id = d.order_id "
                + "WHERE o.order_no = ?", Integer.class, orderNo)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM milestone m JOIN orders o ON o.id = m.order_id "
                + "WHERE o.order_no = ? AND m.actual_date IS NOT NULL", Integer.class, orderNo)).isZero();
    }

    @Test
    void oneTransactionChangingTwoOrdersAndOneOfThemTwiceRecordsBothAsTheyAreAtItsCommit() {
        String first = newOrder();
        String second = newOrder();
        LocalDate today = data.today();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Order one = orderRepository.require(first);
            planUpdater.recordActual(one, "ORDER_CONFIRMED", today.minusDays(6));
            planUpdater.recordActual(one, "TECH_PACK", today.minusDays(4));
            Order two = orderRepository.require(second);
            planUpdater.recordActual(two, "ORDER_CONFIRMED", today.minusDays(3));
            planUpdater.recordActual(two, "TECH_PACK", today.minusDays(1));
            // the first order's step moved again later in the same transaction: the ledger has the last date
            planUpdater.recordActual(one, "TECH_PACK", today.minusDays(2));
        });

        assertThat(finishedOn(first, "TECH_PACK")).containsExactly(today.minusDays(2));
        assertThat(finishedOn(second, "TECH_PACK")).containsExactly(today.minusDays(1));
    }

    @Test
    void anOrderWhoseStepsABulkLoadFinishedIsRecordedAtStart() {
        String orderNo = newOrder();
        LocalDate today = data.today();
        // written with SQL, as a bulk load does: no plan change tells the ledger
        jdbc.update("UPDATE milestone SET actual_date = ? WHERE code = 'ORDER_CONFIRMED' AND order_id = "
                + "(SELECT id FROM orders WHERE order_no = ?)", today.minusDays(9), orderNo);
        jdbc.update("UPDATE milestone SET actual_date = ? WHERE code = 'TECH_PACK' AND order_id = "
                + "(SELECT id FROM orders WHERE order_no = ?)", today.minusDays(7), orderNo);
        assertThat(finishedOn(orderNo, "TECH_PACK")).isEmpty();

        updates.catchUp();

        assertThat(finishedOn(orderNo, "TECH_PACK")).containsExactly(today.minusDays(7));
    }

    private List<LocalDate> finishedOn(String orderNo, String code) {
        return jdbc.queryForList("SELECT d.finished_on FROM milestone_dwell d JOIN orders o ON o.id = d.order_id "
                + "WHERE o.order_no = ? AND d.milestone_code = ?", LocalDate.class, orderNo, code);
    }

    private String newOrder() {
        String orderNo = TestData.uniqueOrderNo();
        orders.create(data.orderRequest(orderNo));
        return orderNo;
    }

    private static Object actual(ApiClient api, LocalDate date) {
        return api.object().put("actualDate", date.toString());
    }
}
