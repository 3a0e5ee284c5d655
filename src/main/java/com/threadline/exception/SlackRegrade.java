package com.threadline.exception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grades open exceptions again as their dates near: a slip graded low because its due date was far off rises by
 * itself once decisions/exception-grading.dmn, given the slack left today, grades it higher. The rise goes through
 * the process's own re-grade (the condition-worsened event), which raises deadlines and alerts new roles in place.
 * Grades never fall here: a far date does not calm an exception people already handle at a higher grade.
 */
@Component
public class SlackRegrade {

    private final OrderExceptionRepository exceptions;
    private final ExceptionHandling handling;
    private final DecisionService decisions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SlackRegrade(OrderExceptionRepository exceptions, ExceptionHandling handling, DecisionService decisions,
            TransactionTemplate transaction, Clock clock) {
        this.exceptions = exceptions;
        this.handling = handling;
        this.decisions = decisions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs hourly by default, so a grade rises within the hour after midnight makes its date one day nearer. */
    @Scheduled(fixedDelayString = "${threadline.grading.regrade-interval:PT1H}",
            initialDelayString = "${threadline.grading.regrade-initial-delay:PT2M}")
    public void scheduled() {
        regradeAll();
    }

    /** @return the ids of the exceptions whose grade rose */
    public List<Long> regradeAll() {
        List<Long> candidates = transaction.execute(status -> exceptions.findRegradable().stream()
                .map(OrderException::getId).toList());
        List<Long> raised = new ArrayList<>();
        for (Long id : candidates) {
            if (Boolean.TRUE.equals(transaction.execute(status -> regrade(exceptions.require(id))))) {
                raised.add(id);
            }
        }
        return raised;
    }

    private boolean regrade(OrderException exception) {
        if (!exception.isOpen() || exception.getProcessInstanceId() == null) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Integer slack = exception.slackDays(today);
        String grade = decisions.evaluateDecisionTableByKey("ExceptionGrading")
                .variables(Variables.createVariables()
                        .putValue("type", exception.getType().name())
                        .putValue("delayDays", exception.getDelayDays())
                        .putValue("valueShare", exception.getValueShare())
                        .putValue("stage", exception.getStage().name())
                        .putValue("slackDays", slack))
                .evaluate().getSingleEntry();
        if (grade == null || exception.getPriority() == null || grade.compareTo(exception.getPriority()) >= 0) {
            return false;
        }
        exception.dateNears(slack, clock.instant());
        handling.conditionWorsened(exception);
        return true;
    }
}
