package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.OrderException;
import com.threadline.exception.OrderExceptionRepository;
import com.threadline.inputs.InputSource;
import com.threadline.inputs.MaterialInputService;
import com.threadline.inputs.ShipmentReport;
import com.threadline.notification.DeliveryStatus;
import com.threadline.notification.NotificationDelivery;
import com.threadline.notification.NotificationDeliveryRepository;
import com.threadline.order.OrderService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A burst of late fabric shipments, posted from several clients at once: the changed-order scans open the
 * exceptions (lanes of their own: ChangedOrderLanesTest), while a full pass runs over the same orders (started before the burst or during
 * it). Each order still gets exactly one exception, and each exception's first alert reaches each person once
 * per channel, with the alert jobs run from two threads at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExceptionBurstTest {

    private static final int ORDERS = 16;
    private static final int FABRIC_LINE = 1;

    @Autowired
    OrderService orders;
    @Autowired
    MaterialInputService materials;
    @Autowired
    MonitorRunner monitorRunner;
    @Autowired
    OpenExceptions openExceptions;
    @Autowired
    OrderExceptionRepository exceptions;
    @Autowired
    NotificationDeliveryRepository deliveries;
    @Autowired
    ManagementService management;
    @Autowired
    TestData data;

    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final Map<String, LocalDate> fabricNeededBy = new LinkedHashMap<>();
    private List<String> burst;

    @BeforeEach
    void openOrders() {
        data.ensureRoleUsers();
        for (int i = 0; i < ORDERS; i++) {
            String orderNo = TestData.uniqueOrderNo();
            fabricNeededBy.put(orderNo, orders.create(data.orderRequest(orderNo)).order().milestone("FABRIC_IN_HOUSE")
                    .orElseThrow().getPlannedDate());
        }
        burst = List.copyOf(fabricNeededBy.keySet());
        monitorRunner.awaitScansOfChangedOrders();
    }

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @ParameterizedTest(name = "full pass started {0} the burst")
    @ValueSource(strings = {"before", "during"})
    void eachExceptionOfABurstIsOpenedOnceAndNotifiedOnce(String fullPassStarted) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        if (fullPassStarted.equals("before")) {
            running.add(clients.submit(monitorRunner::runFullPass));
        }
        for (int i = 0; i < burst.size(); i++) {
            String orderNo = burst.get(i);
            running.add(clients.submit(() -> fabricShippedLate(orderNo)));
            if (i == burst.size() / 2 && fullPassStarted.equals("during")) {
                running.add(clients.submit(monitorRunner::runFullPass));
            }
        }
        for (Future<?> done : running) {
            done.get(2, TimeUnit.MINUTES);
        }
        monitorRunner.awaitScansOfChangedOrders();

        List<OrderException> opened = burst.stream()
                .map(orderNo -> openExceptions.theOnly(orderNo, ExceptionType.MATERIAL_DELAY)).toList();
        runFirstAlertsFromTwoThreads(opened);

        for (OrderException exception : opened) {
            assertThat(exceptions.findById(exception.getId()).orElseThrow().getNotifiedAt())
                    .as("first alert of %s", exception.getOrderNo()).isNotNull();
            List<NotificationDelivery> firstRound = deliveries
                    .findTop200ByExceptionIdOrderByLastAttemptAtDescIdDesc(exception.getId()).stream()
                    .filter(d -> d.getRound() == 1).toList();
            assertThat(firstRound).as("first round of %s", exception.getOrderNo())
                    .filteredOn(d -> d.getStatus() == DeliveryStatus.SENT).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.getAttempts()).as("attempts on %s", d.getChannel()).isOne());
            assertThat(firstRound).extracting(d -> d.getRecipient() + " " + d.getChannel()).doesNotHaveDuplicates();
        }
    }

    private void runFirstAlertsFromTwoThreads(List<OrderException> opened) throws Exception {
        List<Job> jobs = opened.stream()
                .map(exception -> management.createJobQuery().processInstanceId(exception.getProcessInstanceId())
                        .activityId("Task_NotifyResponsibles").singleResult())
                .toList();
        assertThat(jobs).as("one first-alert job per exception").doesNotContainNull().hasSize(ORDERS);
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < 2; lane++) {
            int first = lane;
            running.add(clients.submit(() -> {
                for (int i = first; i < jobs.size(); i += 2) {
                    management.executeJob(jobs.get(i).getId());
                }
            }));
        }
        for (Future<?> done : running) {
            done.get(2, TimeUnit.MINUTES);
        }
    }

    /** Shipped today with an ETA 3 days after the fabric is needed in house. */
    private void fabricShippedLate(String orderNo) {
        materials.shipped(orderNo, FABRIC_LINE, new ShipmentReport(data.today(), "COSCO", "CSLU1234567",
                fabricNeededBy.get(orderNo).plusDays(3), TestData.userOf("purchaser"), InputSource.API));
    }
}
