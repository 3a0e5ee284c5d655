package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import com.threadline.TestData;
import com.threadline.monitoring.MonitorRunner;
import com.threadline.notification.InboxMessage;
import com.threadline.notification.InboxMessageRepository;
import com.threadline.order.OrderService;
import com.threadline.plan.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * One exception's response loop driven minute by minute on the engine clock: opens it on a fresh order, runs due
 * jobs, and tells who got which round at which minute.
 */
@Component
class LoopUnderTest {

    private final ExceptionRegistry registry;
    private final OrderExceptionRepository repository;
    private final ManagementService management;
    private final InboxMessageRepository inbox;
    private final OrderService orders;
    private final MonitorRunner monitors;
    private final TestData data;

    LoopUnderTest(ExceptionRegistry registry, OrderExceptionRepository repository, ManagementService management,
            InboxMessageRepository inbox, OrderService orders, MonitorRunner monitors, TestData data) {
        this.registry = registry;
        this.repository = repository;
        this.management = management;
        this.inbox = inbox;
        this.orders = orders;
        this.monitors = monitors;
        this.data = data;
    }

    /** Opens the exception at engine minute 0 (now) and sends its first alert. */
    Loop open(ExceptionType type, String subject, int delayDays) {
        data.ensureRoleUsers();
        String orderNo = TestData.uniqueOrderNo();
        Long orderId = orders.create(data.orderRequest(orderNo)).order().getId();
        monitors.awaitScansOfChangedOrders();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
        registry.reconcile(type, List.of(new Finding(orderId, orderNo, type, subject, Stage.MATERIALS, delayDays, 1.0,
                "purchaser", TestData.FACTORY, TestData.FABRIC_SUPPLIER, type + " " + delayDays + " days",
                "test finding", null)), List.of(orderNo));
        OrderException exception = repository.findAll().stream()
                .filter(e -> e.getOrderNo().equals(orderNo) && e.getType() == type && e.isOpen())
                .findFirst().orElseThrow();
        Loop loop = new Loop(exception, start);
        loop.execute("Task_NotifyResponsibles");
        loop.noteRounds(0);
        return loop;
    }

    final class Loop {

        final OrderException exception;
        final Instant start;
        /** minute → round first seen after that minute's jobs ran */
        private final Map<Integer, Integer> minuteOfRound = new TreeMap<>();

        Loop(OrderException exception, Instant start) {
            this.exception = exception;
            this.start = start;
        }

        void at(int minute) {
            ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(minute))));
        }

        List<Job> dueJobs() {
            return management.createJobQuery().processInstanceId(exception.getProcessInstanceId()).executable()
                    .list().stream().sorted(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(
                            Comparator.naturalOrder())).thenComparing(Job::getId)).toList();
        }

        Job jobOf(String activityId) {
            return management.createJobQuery().processInstanceId(exception.getProcessInstanceId())
                    .activityId(activityId).singleResult();
        }

        void execute(String activityId) {
            Job job = jobOf(activityId);
            assertThat(job).as("job of " + activityId).isNotNull();
            management.executeJob(job.getId());
        }

        /** Runs every due job (and the jobs they make) in due order, until none is left. */
        void runDueJobs(int minute) {
            at(minute);
            for (List<Job> due = dueJobs(); !due.isEmpty(); due = dueJobs()) {
                management.executeJob(due.get(0).getId());
            }
            noteRounds(minute);
        }

        void noteRounds(int minute) {
            messages().stream().map(InboxMessage::getRound).distinct()
                    .forEach(round -> minuteOfRound.putIfAbsent(round, minute));
        }

        List<InboxMessage> messages() {
            return inbox.findByExceptionIdOrderByRoundAscRecipientAsc(exception.getId());
        }

        /** For each person, the minutes at which they were alerted, one entry per message. */
        Map<String, List<Integer>> minutesByPerson() {
            Map<String, List<Integer>> minutes = new LinkedHashMap<>();
            for (InboxMessage message : messages()) {
                minutes.computeIfAbsent(message.getRecipient(), r -> new ArrayList<>())
                        .add(minuteOfRound.get(message.getRound()));
            }
            minutes.values().forEach(list -> list.sort(Comparator.naturalOrder()));
            return minutes;
        }

        List<String> recipientsOf(int round) {
            return messages().stream().filter(m -> m.getRound() == round).map(InboxMessage::getRecipient).toList();
        }

        OrderException stored() {
            return repository.findById(exception.getId()).orElseThrow();
        }
    }
}
