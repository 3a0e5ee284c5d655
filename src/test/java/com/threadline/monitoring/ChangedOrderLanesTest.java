package com.threadline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes to many orders from several threads at once, scanned in two lanes: every changed order is scanned after
 * its change, an order always in the same lane and never in two scans at the same time.
 */
class ChangedOrderLanesTest {

    private final Set<String> scanning = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> lanesOfOrder = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> scansOfOrder = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final ChangedOrderLanes lanes = new ChangedOrderLanes(2, Duration.ofMillis(20), this::scan);

    @AfterEach
    void stop() {
        lanes.stop();
    }

    @Test
    void everyChangedOrderIsScannedInItsOwnLaneAndNeverTwiceAtOnce() throws InterruptedException {
        List<String> orders = IntStream.range(0, 60).mapToObj(i -> "TL-LANE-" + i).toList();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4 * 5);
        for (int client = 0; client < 4; client++) {
            for (int round = 0; round < 5; round++) {
                clients.execute(() -> {
                    orders.forEach(lanes::changed);
                    done.countDown();
                });
            }
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        clients.shutdown();

        lanes.awaitScans();

        assertThat(scansOfOrder.keySet()).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(lanesOfOrder.values()).allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(lanesOfOrder.values().stream().flatMap(Set::stream).distinct())
                .containsExactlyInAnyOrder("monitor-changed-orders-1", "monitor-changed-orders-2");
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void anOrderChangedAgainAfterItsScanIsScannedAgain() {
        lanes.changed("TL-LANE-A");
        lanes.awaitScans();
        lanes.changed("TL-LANE-A");
        lanes.awaitScans();

        assertThat(scansOfOrder.get("TL-LANE-A")).hasValue(2);
    }

    @Test
    void ordersChangedOneAfterAnotherAreScannedTogetherAtMostOncePerDebounce() throws InterruptedException {
        Duration debounce = Duration.ofMillis(100);
        AtomicInteger scans = new AtomicInteger();
        Set<String> scanned = ConcurrentHashMap.newKeySet();
        ChangedOrderLanes oneLane = new ChangedOrderLanes(1, debounce, batch -> {
            scans.incrementAndGet();
            scanned.addAll(batch);
        });
        try {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                oneLane.changed("TL-STEADY-" + i);
                Thread.sleep(10);
            }
            oneLane.awaitScans();
            long elapsed = System.nanoTime() - start;

            assertThat(scanned).hasSize(50);
            // each scan is set off by a change after the previous scan started, and waits the debounce
            assertThat(scans.get()).isBetween(1, (int) (elapsed / debounce.toNanos()) + 1);
        } finally {
            oneLane.stop();
        }
    }

    private void scan(List<String> batch) {
        for (String orderNo : batch) {
            if (!scanning.add(orderNo)) {
                overlaps.incrementAndGet();
            }
            lanesOfOrder.computeIfAbsent(orderNo, key -> ConcurrentHashMap.newKeySet())
                    .add(Thread.currentThread().getName());
            scansOfOrder.computeIfAbsent(orderNo, key -> new AtomicInteger()).incrementAndGet();
        }
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        batch.forEach(scanning::remove);
    }
}
