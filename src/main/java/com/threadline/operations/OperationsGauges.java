package com.threadline.operations;

import com.threadline.live.LiveHub;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Levels an operator watches, read when Prometheus scrapes, never kept up to date on the way of an order or an
 * alert: open exceptions by grade, the job executor's backlog and failed jobs, open incidents, live streams. The
 * database is read at most once per {@link #FRESH_FOR}, however many gauges and scrapers ask.
 */
@Component
class OperationsGauges implements MeterBinder {

    static final List<String> GRADES = List.of("P0", "P1", "P2", "P3");
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final LiveHub live;
    private final Clock clock;
    private volatile Levels levels;

    /** What the database said at {@code readAt}. */
    private record Levels(Instant readAt, Map<String, Long> openByGrade, long dueJobs, long failedJobs,
            long incidents) {
    }

    OperationsGauges(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime, LiveHub live,
            Clock clock) {
        this.jdbc = jdbc;
        this.management = management;
        this.runtime = runtime;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String grade : GRADES) {
            gauge("threadline.exceptions.open", "Exceptions not closed yet",
                    levels -> levels.openByGrade().getOrDefault(grade, 0L)).tag("grade", grade).register(registry);
        }
        gauge("threadline.jobs.due", "Jobs due that the job executor has not run yet (its backlog)",
                Levels::dueJobs).register(registry);
        gauge("threadline.jobs.failed", "Jobs whose retries ran out", Levels::failedJobs)
                .register(registry);
        gauge("threadline.incidents.open", "Open Camunda incidents (see Cockpit)", Levels::incidents)
                .register(registry);
        Gauge.builder("threadline.live.streams", live, LiveHub::openStreams)
                .description("Live-update streams open to pages on this instance").register(registry);
    }

    private Gauge.Builder<OperationsGauges> gauge(String name, String description,
            ToDoubleFunction<Levels> level) {
        return Gauge.builder(name, this, gauges -> level.applyAsDouble(gauges.current())).description(description)
                .strongReference(true);
    }

    private Levels current() {
        Levels read = levels;
        Instant now = clock.instant();
        if (read == null || read.readAt().plus(FRESH_FOR).isBefore(now)) {
            read = read(now);
            levels = read;
        }
        return read;
    }

    private Levels read(Instant now) {
        Map<String, Long> open = new HashMap<>();
        jdbc.query("SELECT priority, COUNT(*) FROM order_exception WHERE status <> 'CLOSED' GROUP BY priority",
                row -> {
                    open.put(row.getString(1), row.getLong(2));
                });
        return new Levels(now, open, management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(), runtime.createIncidentQuery().count());
    }
}
