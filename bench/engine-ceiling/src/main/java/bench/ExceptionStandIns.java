package bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * processes/exception-handling.bpmn's delegates up to the first notification: the grade's roles and deadlines set
 * as Threadline's RecordGradeDelegate sets them, and a first notification that only notes when it ran.
 */
class ExceptionStandIns {

    @Component("recordGradeDelegate")
    static class RecordGrade implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Map<?, ?> deadlines = (Map<?, ?>) execution.getVariable("deadlines");
            Integer responseMinutes = minutes(deadlines, "responseMinutes");
            Integer planMinutes = minutes(deadlines, "planMinutes");
            Object roles = execution.getVariable("roles");
            execution.setVariable("roles", roles == null ? List.of() : ((List<?>) roles).stream().map(String::valueOf).toList());
            execution.setVariable("hasResponseDeadline", responseMinutes != null);
            execution.setVariable("planRequired", planMinutes != null);
            execution.setVariable("responseDuration", responseMinutes == null ? null : "PT" + responseMinutes + "M");
            execution.setVariable("planDuration", planMinutes == null ? null : "PT" + planMinutes + "M");
        }

        private static Integer minutes(Map<?, ?> deadlines, String key) {
            Object value = deadlines == null ? null : deadlines.get(key);
            return value == null ? null : ((Number) value).intValue();
        }
    }

    /** Task_NotifyResponsibles (a job, asyncBefore): when each exception's first notification ran, and how often. */
    @Component("notifyResponsiblesDelegate")
    @RestController
    static class NotifyResponsibles implements JavaDelegate {

        private final Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
        private final AtomicInteger runs = new AtomicInteger();
        private final AtomicLong last = new AtomicLong();

        @Override
        public void execute(DelegateExecution execution) {
            long now = System.currentTimeMillis();
            runs.incrementAndGet();
            notifiedAt.putIfAbsent(execution.getProcessBusinessKey(), now);
            last.accumulateAndGet(now, Math::max);
        }

        /** Exceptions notified, runs of the delegate (more than exceptions: duplicates), the last run's epoch ms. */
        @GetMapping("/bench/first-notifications")
        Map<String, Long> firstNotifications() {
            return Map.of("exceptions", (long) notifiedAt.size(), "runs", (long) runs.get(), "lastMs", last.get());
        }
    }
}
