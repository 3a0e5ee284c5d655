package com.threadline.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Orders whose scan is due, in a few lanes of one thread each. An order always falls in the same lane, so its
 * scans run one after another and no two lanes ever look at the same order (nor open its exceptions twice);
 * a burst of changed orders is spread over all lanes instead of queueing behind one thread. A lane has at most one
 * scan waiting: the first change after its last scan started sets one off after {@code debounce}, and that scan
 * takes every order changed meanwhile. (One wait per change, as before, let steady updates through one at a time.)
 */
final class ChangedOrderLanes {

    private final List<Set<String>> pending = new ArrayList<>();
    private final List<AtomicBoolean> scanWaiting = new ArrayList<>();
    private final List<ScheduledExecutorService> lanes = new ArrayList<>();
    private final Duration debounce;
    private final Consumer<List<String>> scan;

    ChangedOrderLanes(int count, Duration debounce, Consumer<List<String>> scan) {
        this.debounce = debounce;
        this.scan = scan;
        for (int lane = 0; lane < count; lane++) {
            String name = "monitor-changed-orders-" + (lane + 1);
            pending.add(ConcurrentHashMap.newKeySet());
            scanWaiting.add(new AtomicBoolean());
            lanes.add(Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    void changed(String orderNo) {
        int lane = Math.floorMod(orderNo.hashCode(), lanes.size());
        pending.get(lane).add(orderNo);
        if (scanWaiting.get(lane).compareAndSet(false, true)) {
            lanes.get(lane).schedule(() -> scanPending(lane), debounce.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void scanPending(int lane) {
        // before taking the batch: an order changed from here on either is in it or sets off the next scan
        scanWaiting.get(lane).set(false);
        List<String> batch = new ArrayList<>();
        for (String orderNo : pending.get(lane)) {
            if (pending.get(lane).remove(orderNo)) {
                batch.add(orderNo);
            }
        }
        if (!batch.isEmpty()) {
            scan.accept(batch);
        }
    }

    /** Waits until every lane has scanned the orders changed so far. */
    void awaitScans() {
        List<Future<?>> marks = lanes.stream()
                .<Future<?>>map(lane -> lane.schedule(() -> { }, debounce.toNanos(), TimeUnit.NANOSECONDS))
                .toList();
        try {
            for (Future<?> mark : marks) {
                mark.get(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the changed-order scans", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The changed-order scans did not finish", e);
        }
    }

    void stop() {
        lanes.forEach(ScheduledExecutorService::shutdownNow);
    }
}
