package com.threadline.monitoring;

import com.threadline.inputs.OrderInputReceived;
import com.threadline.exception.ExceptionRegistry;
import com.threadline.exception.ExceptionRegistry.Outcome;
import com.threadline.exception.ExceptionType;
import com.threadline.exception.Finding;
import com.threadline.exception.OrderException;
import com.threadline.order.OrderPlanChanged;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the monitors: a full pass over all open orders on a schedule, and a pass over the orders changed
 * since the last such pass, started as soon as a change commits. Those run in the background
 * ({@link ChangedOrderLanes}), so the request that made the change does not wait for them, and changes that
 * arrive together are scanned together. A monitor that fails is retried (with a short backoff), never skipped.
 */
@Component
public class MonitorRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitorRunner.class);
    private static final List<Duration> RETRY_BACKOFF = List.of(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofSeconds(5));

    private final List<Monitor> monitors;
    private final ExceptionRegistry registry;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ChangedOrderLanes changedOrders;
    private final Map<String, PassRecord> lastPasses = new ConcurrentHashMap<>();
    private final ExecutorService fullPassLanes;

    MonitorRunner(List<Monitor> monitors, ExceptionRegistry registry, PlatformTransactionManager transactions,
            Clock clock, MeterRegistry metrics,
            @Value("${threadline.monitoring.full-pass-lanes:2}") int fullPassLanes,
            @Value("${threadline.monitoring.changed-order-lanes:1}") int changedOrderLanes,
            @Value("${threadline.monitoring.changed-order-debounce:PT0.25S}") Duration changedOrderDebounce) {
        this.monitors = monitors;
        this.changedOrders = new ChangedOrderLanes(changedOrderLanes, changedOrderDebounce, this::run);
        this.metrics = metrics;
        this.fullPassLanes = Executors.newFixedThreadPool(fullPassLanes, runnable -> {
            Thread thread = new Thread(runnable, "monitor-full-pass");
            thread.setDaemon(true);
            return thread;
        });
        this.registry = registry;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs every monitor over all open orders, a few at a time: a full pass is mostly the database's work, and
     * the monitors touch disjoint exceptions (one type each).
     */
    @Scheduled(fixedDelayString = "${threadline.monitoring.interval:PT5M}",
            initialDelayString = "${threadline.monitoring.initial-delay:PT30S}")
    public List<Outcome> runFullPass() {
        List<Future<Outcome>> running = monitors.stream()
                .map(monitor -> fullPassLanes.submit(() -> runWithRetry(monitor, null)))
                .toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> monitor : running) {
            outcomes.add(outcomeOf(monitor));
        }
        return outcomes;
    }

    private static Outcome outcomeOf(Future<Outcome> monitor) {
        try {
            return monitor.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a monitor", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A monitor failed", e.getCause());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void planChanged(OrderPlanChanged event) {
        changed(event.orderNo());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void inputReceived(OrderInputReceived event) {
        changed(event.orderNo());
    }

    private void changed(String orderNo) {
        changedOrders.changed(orderNo);
    }

    /** Waits until the scans of orders changed so far have run (tests use it to start from a quiet state). */
    public void awaitScansOfChangedOrders() {
        changedOrders.awaitScans();
    }

    @PreDestroy
    void stop() {
        changedOrders.stop();
        fullPassLanes.shutdownNow();
    }

    /**
     * Runs every monitor over the given orders, all in one transaction and against their exceptions read in one
     * query: a scan of a few changed orders is mostly the cost of its transactions and queries. When that fails,
     * each monitor runs again in its own, with retries, so one monitor's failure never keeps the others' findings
     * back.
     */
    public List<Outcome> run(Collection<String> scope) {
        try {
            return newTransaction.execute(status -> {
                Map<ExceptionType, List<OrderException>> notClosed = registry.notClosedOf(scope);
                return monitors.stream().map(monitor -> scanAgainst(monitor, scope,
                        notClosed.getOrDefault(monitor.type(), List.of()))).toList();
            });
        } catch (RuntimeException e) {
            log.warn("A scan of changed orders failed ({}); each monitor runs again on its own", e.toString());
            List<Outcome> outcomes = new ArrayList<>();
            for (Monitor monitor : monitors) {
                outcomes.add(runWithRetry(monitor, scope));
            }
            return outcomes;
        }
    }

    public Map<String, PassRecord> lastPasses() {
        return Map.copyOf(lastPasses);
    }

    private Outcome runWithRetry(Monitor monitor, Collection<String> scope) {
        for (int attempt = 0; ; attempt++) {
            Instant started = clock.instant();
            try {
                Outcome outcome = newTransaction.execute(status -> scan(monitor, scope));
                Duration took = Duration.between(started, clock.instant());
                if (scope == null) {
                    lastPasses.put(monitor.type().name(), new PassRecord(started, took.toMillis(), outcome, attempt,
                            null));
                }
                return outcome;
            } catch (RuntimeException e) {
                if (attempt >= RETRY_BACKOFF.size()) {
                    log.error("Monitor {} failed {} times; the next pass tries again", monitor.type(), attempt + 1, e);
                    lastPasses.put(monitor.type().name(), new PassRecord(started, -1, null, attempt, e.toString()));
                    return new Outcome(monitor.type(), 0, 0, 0, 0);
                }
                log.warn("Monitor {} failed ({}); retrying", monitor.type(), e.toString());
                sleep(RETRY_BACKOFF.get(attempt));
            }
        }
    }

    /** One monitor's findings reconciled with its exceptions not yet closed, in the caller's transaction. */
    private Outcome scan(Monitor monitor, Collection<String> scope) {
        return scanned(monitor, scope, findings -> registry.reconcile(monitor.type(), findings, scope));
    }

    /** The same, against the monitor's exceptions not yet closed on the scope's orders, read beforehand. */
    private Outcome scanAgainst(Monitor monitor, Collection<String> scope, List<OrderException> notClosed) {
        return scanned(monitor, scope, findings -> registry.reconcileAgainst(monitor.type(), findings, notClosed));
    }

    private Outcome scanned(Monitor monitor, Collection<String> scope, Function<List<Finding>, Outcome> reconcile) {
        Instant started = clock.instant();
        Outcome outcome = reconcile.apply(monitor.scan(LocalDate.now(clock), started, scope));
        Timer.builder("threadline.monitor.pass").description("One monitor's scan of open orders")
                .tag("monitor", monitor.type().name()).tag("scope", scope == null ? "all" : "changed")
                .register(metrics).record(Duration.between(started, clock.instant()));
        return outcome;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a monitor", e);
        }
    }

    /** The last full pass of one monitor: when, how long (ms, -1 when it failed), what it found. */
    public record PassRecord(Instant startedAt, long millis, Outcome outcome, int retries, String error) {
    }
}
