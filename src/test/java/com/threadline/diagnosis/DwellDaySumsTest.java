package com.threadline.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.TestData;
import com.threadline.order.ApiClient;
import com.threadline.order.ApiClient.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders of one factory that finish the same steps on the same new day are recorded at the same moment, as when
 * partners report together: every one of them is in that day's sums, and none of the recordings fails. (On MySQL a
 * day row that two transactions first inserted, then updated after finding it there, deadlocked and lost one.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DwellDaySumsTest {

    private static final int ORDERS = 8;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DwellLedger ledger;

    @Test
    void ordersFinishingTheSameStepsOnTheSameNewDaysAtOnceAreAllInTheDaySums() throws Exception {
        ApiClient api = new ApiClient(rest, json);
        String factory = "F-DS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.post("/api/factories", api.object().put("code", factory).put("name", "日汇总测试厂")
                .put("city", "东莞")).status()).isEqualTo(201);
        long factoryId = jdbc.queryForObject("SELECT id FROM factory WHERE code = ?", Long.class, factory);
        List<String> orderNos = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orderNos.add(newOrder(api, factory));
        }

        // each round moves every order's finished steps to days no order had before, so each day row is new
        for (int round = 1; round <= 3; round++) {
            LocalDate base = data.today().minusDays(800 - 200L * round);
            orderNos.forEach(orderNo -> everyStepDoneTwoDaysAfterTheLast(orderNo, base));
            recordAllAtOnce(orderNos);

            int stepsPerOrder = jdbc.queryForObject("SELECT COUNT(*) FROM milestone_dwell d JOIN orders o "
                    + "ON o.id = d.order_id WHERE o.order_no = ?", Integer.class, orderNos.get(0));
            assertThat(stepsPerOrder).isGreaterThan(20);
            assertThat(jdbc.queryForList("SELECT steps FROM milestone_dwell_day WHERE factory_id = ? "
                    + "AND finished_on >= ?", Integer.class, factoryId, base)).as("round %d", round)
                    .hasSize(stepsPerOrder).containsOnly(ORDERS);
            assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(steps), 0) FROM milestone_dwell_day "
                    + "WHERE factory_id = ? AND finished_on < ?", Integer.class, factoryId, base))
                    .as("the rounds before, taken away").isZero();
        }
    }

    private void recordAllAtOnce(List<String> orderNos) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(orderNos.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> recorded = new ArrayList<>();
            for (String orderNo : orderNos) {
                recorded.add(threads.submit(() -> {
                    start.await();
                    ledger.record(List.of(orderNo));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : recorded) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private String newOrder(ApiClient api, String factory) {
        String orderNo = TestData.uniqueOrderNo();
        Response created = api.createOrder(data.orderRequestAt(orderNo, factory));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return orderNo;
    }

    private void everyStepDoneTwoDaysAfterTheLast(String orderNo, LocalDate base) {
        long orderId = jdbc.queryForObject("SELECT id FROM orders WHERE order_no = ?", Long.class, orderNo);
        jdbc.query("SELECT code, seq FROM milestone WHERE order_id = ?", row -> {
            LocalDate day = base.plusDays(2L * row.getInt(2));
            jdbc.update("UPDATE milestone SET planned_date = ?, forecast_date = ?, actual_date = ? "
                    + "WHERE order_id = ? AND code = ?", day, day, day, orderId, row.getString(1));
        }, orderId);
    }
}
