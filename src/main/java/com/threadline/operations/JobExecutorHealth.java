package com.threadline.operations;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * The job executor (timers, notifications, retries) in place of Camunda's own indicator, which reports DOWN until
 * the executor starts. It starts only once the application is ready, after the demo world is loaded: until then its
 * not running is no fault (the readiness probe waits on the readiness state meanwhile); a stopped executor after
 * that is.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ApplicationAvailability availability;

    JobExecutorHealth(ObjectProvider<JobExecutor> jobExecutor, ApplicationAvailability availability) {
        this.jobExecutor = jobExecutor;
        this.availability = availability;
    }

    @Override
    public Health health() {
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null) {
            return Health.up().withDetail("jobExecution", "off on this node (camunda.bpm.job-execution.enabled)")
                    .build();
        }
        if (executor.isActive()) {
            return Health.up().build();
        }
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return Health.up().withDetail("jobExecution", "starts once the application is ready").build();
        }
        return Health.down().withDetail("jobExecution", "stopped").build();
    }
}
