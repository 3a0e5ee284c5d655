package com.threadline.exception;

import com.threadline.access.SignedInUser;
import com.threadline.exception.ExceptionAction.Kind;
import com.threadline.exception.ExceptionViews.ExceptionDetail;
import com.threadline.exception.ExceptionViews.ExceptionSummary;
import com.threadline.exception.OrderException.Review;
import com.threadline.web.PageOf;
import com.threadline.web.InvalidRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exceptions: list, detail with timeline, and the steps of their handling. The signed-in user takes each step; a
 * {@code by} in the body may only repeat that user's login, so nobody records a step in someone else's name.
 */
@RestController
@RequestMapping("/api/exceptions")
class ExceptionController {

    private final ExceptionService service;
    private final ExceptionQueries queries;

    ExceptionController(ExceptionService service, ExceptionQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @GetMapping
    PageOf<ExceptionSummary> list(@RequestParam(required = false) String orderNo,
            @RequestParam(required = false) ExceptionType type, @RequestParam(required = false) String priority,
            @RequestParam(required = false) ExceptionStatus status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine, @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return queries.list(ExceptionFilter.forCaller(orderNo, type, priority, status, overdue, mine, user), page, size);
    }

    private static String who(String by, SignedInUser user) {
        if (by != null && !by.isBlank() && !by.equals(user.login())) {
            throw InvalidRequestException.of("by", "must be the signed-in user " + user.login() + " or left out");
        }
        return user.login();
    }

    @GetMapping("/{id}")
    ExceptionDetail detail(@PathVariable Long id) {
        return queries.detail(id);
    }

    @PostMapping("/{id}/confirm")
    ExceptionDetail confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody Confirmation body) {
        service.confirm(id, who(body.by(), user), body.note());
        return queries.detail(id);
    }

    @PostMapping("/{id}/plan")
    ExceptionDetail plan(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody Plan body) {
        service.submitPlan(id, who(body.by(), user), body.plan(), body.expectedRecoveryDate());
        return queries.detail(id);
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    ExceptionDetail addAction(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody NewAction body) {
        service.addAction(id, who(body.by(), user), body.kind(), body.description(), body.milestoneCode(),
                body.newDate(),
                body.evidenceUrl());
        return queries.detail(id);
    }

    @PostMapping("/{id}/verify")
    ExceptionDetail verify(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody Verification body) {
        service.verify(id, who(body.by(), user), body.resolved(), body.notes());
        return queries.detail(id);
    }

    @PostMapping("/{id}/close")
    ExceptionDetail close(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody Closing body) {
        service.close(id, who(body.by(), user), new Review(body.rootCause(), body.measures(), body.deliveryImpactDays(),
                body.lessonsLearned()), new ExceptionService.Decision(body.decision(), body.newDueDate(),
                body.watchFrom()));
        return queries.detail(id);
    }

    /** {@code until}: company time, {@code 2026-12-07T15:30}. */
    @PostMapping("/{id}/snooze")
    ExceptionDetail snooze(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody Snoozing body) {
        service.snooze(id, user.login(), body.until(), body.reason());
        return queries.detail(id);
    }

    record Snoozing(@NotNull LocalDateTime until, @NotBlank @Size(max = 200) String reason) {
    }

    record Confirmation(@Size(max = 64) String by, @Size(max = 1000) String note) {
    }

    record Plan(@Size(max = 64) String by, @NotBlank @Size(max = 2000) String plan,
            LocalDate expectedRecoveryDate) {
    }

    record NewAction(@Size(max = 64) String by, @NotNull Kind kind,
            @NotBlank @Size(max = 1000) String description, @Size(max = 32) String milestoneCode, LocalDate newDate,
            @Size(max = 500) String evidenceUrl) {
    }

    record Verification(@Size(max = 64) String by, @NotNull Boolean resolved,
            @Size(max = 1000) String notes) {
    }

    record Closing(@Size(max = 64) String by, @NotBlank @Size(max = 2000) String rootCause,
            @NotBlank @Size(max = 2000) String measures, @PositiveOrZero @Max(365) Integer deliveryImpactDays,
            @Size(max = 2000) String lessonsLearned, ClosingDecision.Kind decision, LocalDate newDueDate,
            LocalDate watchFrom) {
    }
}
