package com.threadline.exception;

import static com.threadline.TestData.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.threadline.TestData;
import com.threadline.exception.LoopUnderTest.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The response loop of processes/exception-handling.bpmn where its timers meet: the 15-minute reminder and the
 * 30-minute deadline due at the same instant, run in either order and by the real job executor; escalation to
 * the roster's deputy and the top of the chain; the bounded cadence after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResponseLoopTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    LoopUnderTest loops;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    QueriesForTimeline timelines;

    private String deputy;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        if (deputy != null) {
            assertThat(rest.withBasicAuth("admin", "admin").exchange("/api/roster/rotations/gm", HttpMethod.DELETE,
                    null, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    @Test
    void theReminderDueWithTheDeadlineGoesOutWhenItRunsFirst() {
        Loop loop = atThirtyMinutesUnread();

        loop.execute("Timer_Unread15Min");
        loop.execute("Task_RemindUnread");
        loop.execute("Timer_ResponseDeadline");
        loop.execute("Task_EscalateToNextLevel");

        assertRemindedAtThirtyAndEscalatedOnce(loop);
    }

    @Test
    void theReminderDueWithTheDeadlineGoesOutWhenTheDeadlineRunsFirst() {
        Loop loop = atThirtyMinutesUnread();

        loop.execute("Timer_ResponseDeadline");
        assertThat(loop.jobOf("Timer_Unread15Min")).as("the deadline cancelled the task and its reminder timer")
                .isNull();
        loop.execute("Task_EscalateToNextLevel");

        assertRemindedAtThirtyAndEscalatedOnce(loop);
    }

    @Test
    void theRealJobExecutorRemindsAtThirtyMinutesAndEscalatesOnTop() throws InterruptedException {
        Loop loop = atFifteenMinutesReminded();
        loop.at(30);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        executor.start();
        try {
            Instant giveUp = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(giveUp) && (!loop.dueJobs().isEmpty()
                    || loop.stored().getEscalationLevel() == 0)) {
                Thread.sleep(200);
            }
        } finally {
            executor.shutdown();
        }
        loop.noteRounds(30);

        assertRemindedAtThirtyAndEscalatedOnce(loop);
    }

    @Test
    void aP0UnconfirmedFor90MinutesGivesTheDocumentedBoundedSequencePerPerson() {
        deputy = deputyOfTheGm();
        Loop loop = loops.open(ExceptionType.DELIVERY_DELAY, "ORDER", 8);
        assertThat(loop.stored().getPriority()).isEqualTo("P0");

        for (int minute = 15; minute <= 90; minute += 15) {
            loop.runDueJobs(minute);
        }

        Map<String, List<Integer>> minutes = loop.minutesByPerson();
        assertThat(minutes).containsOnlyKeys(userOf("businessOwner"), userOf("gm"), deputy);
        assertThat(minutes.get(userOf("businessOwner"))).containsExactly(0, 15, 30, 45, 60);
        assertThat(minutes.get(userOf("gm"))).containsExactly(0, 15, 30, 45, 60);
        assertThat(minutes.get(deputy)).containsExactly(30, 45, 60);
        assertThat(timeline(loop)).containsSubsequence("NOTIFIED", "ESCALATED", "TOP_REACHED")
                .containsOnlyOnce("ESCALATED", "TOP_REACHED");
        assertThat(process(loop)).isWaitingAt("Task_ConfirmHandlingAtTop");
        assertThat(loop.jobOf("Timer_ResponseDeadline")).as("no deadline after the top").isNull();
        assertThat(loop.stored().getResponseDueAt()).isNull();

        loop.runDueJobs(105);
        loop.runDueJobs(120);
        assertThat(loop.minutesByPerson().get(userOf("gm"))).as("hourly after the top")
                .containsExactly(0, 15, 30, 45, 60, 120);
        for (int minute = 135; minute <= 480; minute += 15) {
            loop.runDueJobs(minute);
        }
        assertThat(loop.minutesByPerson().get(userOf("gm"))).as("for four hours after the top, then no more")
                .containsExactly(0, 15, 30, 45, 60, 120, 180, 240, 300);
    }

    @Test
    void withoutADeputyTheSecondDeadlineOfAP0RecordsTheTopAndEscalatesNobody() {
        Loop loop = loops.open(ExceptionType.DELIVERY_DELAY, "ORDER", 8);

        loop.runDueJobs(15);
        loop.runDueJobs(30);

        assertThat(timeline(loop)).contains("TOP_REACHED").doesNotContain("ESCALATED");
        assertThat(loop.minutesByPerson()).containsOnlyKeys(userOf("businessOwner"), userOf("gm"));
        assertThat(process(loop)).isWaitingAt("Task_ConfirmHandlingAtTop");
    }

    /** A P1 material delay for the purchaser and the merchandiser, nobody read round 1 nor the 15-minute one. */
    private Loop atFifteenMinutesReminded() {
        Loop loop = loops.open(ExceptionType.MATERIAL_DELAY, "LINE-1", 3);
        loop.at(15);
        loop.execute("Timer_Unread15Min");
        loop.execute("Task_RemindUnread");
        loop.noteRounds(15);
        return loop;
    }

    private Loop atThirtyMinutesUnread() {
        Loop loop = atFifteenMinutesReminded();
        loop.at(30);
        assertThat(loop.dueJobs()).extracting(j -> j.getDuedate().toInstant())
                .as("reminder and deadline due at the same instant").hasSize(2)
                .allMatch(due -> due.equals(loop.start.plus(Duration.ofMinutes(30))));
        return loop;
    }

    private void assertRemindedAtThirtyAndEscalatedOnce(Loop loop) {
        loop.noteRounds(30);
        Map<String, List<Integer>> minutes = loop.minutesByPerson();
        assertThat(minutes.get(userOf("purchaser"))).containsExactly(0, 15, 30);
        assertThat(minutes.get(userOf("merchandiser"))).containsExactly(0, 15, 30);
        assertThat(minutes.get(userOf("businessOwner"))).containsExactly(30);
        assertThat(timeline(loop)).containsOnlyOnce("ESCALATED");
        assertThat(process(loop)).isWaitingAt("Task_ConfirmHandling");

        loop.runDueJobs(45);
        assertThat(loop.minutesByPerson().get(userOf("businessOwner"))).as("the escalated are reminded in turn")
                .containsExactly(30, 45);
        assertThat(loop.minutesByPerson().get(userOf("purchaser"))).containsExactly(0, 15, 30, 45);
    }

    /** The GM on duty is the test GM; the roster names a deputy behind the GM. */
    private String deputyOfTheGm() {
        String id = timelines.newPerson("副总");
        var body = Map.of("members", List.of(userOf("gm")), "shiftDays", 7, "startsOn", "2026-01-05",
                "deputy", id);
        assertThat(rest.withBasicAuth(userOf("gm"), TestData.PASSWORD).exchange("/api/roster/rotations/gm",
                HttpMethod.PUT, new HttpEntity<>(body), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private List<String> timeline(Loop loop) {
        return timelines.kinds(loop.exception.getId());
    }

    private ProcessInstance process(Loop loop) {
        return runtime.createProcessInstanceQuery().processInstanceId(loop.exception.getProcessInstanceId())
                .singleResult();
    }
}
