package com.threadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A clash with someone acting at the same moment is a 409 to retry, whether our rows or the engine's clashed. */
class ConcurrentChangeTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void theEnginesOptimisticLockIsA409LikeOurRows() {
        ProblemDetail engine = handler.concurrentChange(new OptimisticLockingException("task was updated by another"));
        ProblemDetail rows = handler.concurrentChange(new ObjectOptimisticLockingFailureException("Order", 1L));

        assertThat(engine.getStatus()).isEqualTo(409);
        assertThat(engine.getTitle()).isEqualTo("Concurrent change");
        assertThat(rows.getStatus()).isEqualTo(409);
    }
}
