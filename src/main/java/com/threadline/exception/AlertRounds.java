package com.threadline.exception;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.threadline.notification.ReadReceipts;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Numbers the rounds of the response loop and remembers when each person was last alerted. A reminder's or an
 * escalation's round is fixed when its timer fires (the listener on the flow into its task, in the timer job's
 * transaction), before the sending job exists: a sending job that is retried after a crash reads the same round,
 * and the delivery log lets only what that round has not yet sent go out. Times are the engine's ({@link EngineClock}).
 */
@Component("alertRounds")
public class AlertRounds {

    static final String ROUND = "alertRound";
    private static final String LAST_ROUND = "lastAlertRound";
    private static final String ALERTED_AT = "alertedAt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReadReceipts receipts;

    AlertRounds(ReadReceipts receipts) {
        this.receipts = receipts;
    }

    /** Execution listener: the next round, after any the process or the delivery log has seen. */
    public void fix(DelegateExecution execution) {
        Object last = execution.getVariable(LAST_ROUND);
        int round = Math.max(last == null ? 1 : ((Number) last).intValue(),
                receipts.lastRound(ExceptionVariables.exceptionId(execution))) + 1;
        execution.setVariable(LAST_ROUND, round);
        execution.setVariableLocal(ROUND, round);
    }

    /** The round fixed for this sending job. */
    int round(DelegateExecution execution) {
        return ((Number) execution.getVariable(ROUND)).intValue();
    }

    /** When each person was last alerted in this loop. */
    Map<String, Instant> alertedAt(DelegateExecution execution) {
        Map<String, Instant> at = new HashMap<>();
        read(execution).forEach((person, millis) -> at.put(person, Instant.ofEpochMilli(millis)));
        return at;
    }

    void alerted(DelegateExecution execution, Collection<String> people) {
        Map<String, Long> at = read(execution);
        long now = EngineClock.now().toEpochMilli();
        people.forEach(person -> at.put(person, now));
        try {
            execution.setVariable(ALERTED_AT, JSON.writeValueAsString(at));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> read(DelegateExecution execution) {
        Object text = execution.getVariable(ALERTED_AT);
        if (text == null) {
            return new HashMap<>();
        }
        try {
            return JSON.readValue(text.toString(), new TypeReference<HashMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
