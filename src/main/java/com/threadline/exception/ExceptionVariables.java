package com.threadline.exception;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the exception process's variables in the types the decisions hand back. */
final class ExceptionVariables {

    private ExceptionVariables() {
    }

    static Long exceptionId(DelegateExecution execution) {
        return ((Number) execution.getVariable("exceptionId")).longValue();
    }

    static List<String> roles(DelegateExecution execution) {
        Object roles = execution.getVariable("roles");
        return roles == null ? List.of() : ((List<?>) roles).stream().map(String::valueOf).toList();
    }

    static Integer minutes(Map<?, ?> deadlines, String key) {
        Object value = deadlines == null ? null : deadlines.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    /** What the gateways and timers read: whether there are deadlines, and their ISO durations. */
    static void setDeadlines(DelegateExecution execution, Integer responseMinutes, Integer planMinutes) {
        execution.setVariable("hasResponseDeadline", responseMinutes != null);
        execution.setVariable("planRequired", planMinutes != null);
        execution.setVariable("responseDuration", isoDuration(responseMinutes));
        execution.setVariable("planDuration", isoDuration(planMinutes));
    }

    private static String isoDuration(Integer minutes) {
        return minutes == null ? null : "PT" + minutes + "M";
    }

    /** Who completed the task: the form's or API's named user, else the signed-in Camunda user. */
    static String actor(DelegateExecution execution, String variable) {
        Object named = execution.getVariable(variable);
        if (named != null && !named.toString().isBlank()) {
            return named.toString();
        }
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : "unknown";
    }
}
