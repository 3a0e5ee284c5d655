package com.threadline.exception;

import com.threadline.access.DisplayNames;
import com.threadline.exception.ExceptionViews.ExceptionDetail;
import com.threadline.exception.ExceptionViews.ExceptionSummary;
import com.threadline.notification.Inbox;
import com.threadline.notification.InboxMessage;
import com.threadline.web.PageOf;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads exceptions for the API: the filtered list and the detail with its timeline. */
@Service
@Transactional(readOnly = true)
public class ExceptionQueries {

    private final OrderExceptionRepository exceptions;
    private final Inbox inbox;
    private final TaskService tasks;
    private final DisplayNames names;
    private final Clock clock;

    ExceptionQueries(OrderExceptionRepository exceptions, Inbox inbox, TaskService tasks, DisplayNames names,
            Clock clock) {
        this.names = names;
        this.exceptions = exceptions;
        this.inbox = inbox;
        this.tasks = tasks;
        this.clock = clock;
    }

    public PageOf<ExceptionSummary> list(ExceptionFilter filter, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "must be 0 or more"));
        }
        if (size < 1 || size > 200) {
            problems.add(new FieldProblem("size", "must be between 1 and 200"));
        }
        if (filter.priority() != null && !filter.priority().matches("P[0-3]")) {
            problems.add(new FieldProblem("priority", "must be one of P0, P1, P2, P3"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        Page<OrderException> found = exceptions.findAll(filter.toSpecification(now),
                PageRequest.of(page, size, Sort.by("priority", "detectedAt")));
        return new PageOf<>(found.map(e -> ExceptionSummary.of(e, now)).getContent(), page, size,
                found.getTotalElements());
    }

    public ExceptionDetail detail(Long id) {
        OrderException exception = exceptions.require(id);
        List<String> waitingFor = exception.getProcessInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(exception.getProcessInstanceId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList();
        List<InboxMessage> messages = inbox.ofException(id);
        return ExceptionDetail.of(exception, clock.instant(), messages, waitingFor,
                names.of(peopleIn(exception, messages)));
    }

    private static List<String> peopleIn(OrderException exception, List<InboxMessage> messages) {
        List<String> logins = new ArrayList<>();
        logins.add(exception.getConfirmedBy());
        logins.add(exception.getClosedBy());
        exception.getTimeline().forEach(event -> logins.add(event.getActor()));
        exception.getActions().forEach(action -> logins.add(action.getTakenBy()));
        messages.forEach(message -> logins.add(message.getRecipient()));
        return logins;
    }
}
