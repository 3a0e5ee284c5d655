package com.threadline.approval;

import com.threadline.access.SignedInUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
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

/** Changes requested on orders and their approval, level by level, as the signed-in user. */
@RestController
@RequestMapping("/api/approvals")
class ApprovalController {

    private final ApprovalService service;
    private final ApprovalQueries queries;

    ApprovalController(ApprovalService service, ApprovalQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApprovalView request(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewRequest body) {
        return service.request(body.orderNo(), body.kind(), body.amount(), body.reason(), body.newValue(),
                user.login());
    }

    /** {@code orderNo}: every request on the order; else {@code mine=true}: those waiting for me; else all pending. */
    @GetMapping
    List<ApprovalView> list(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String orderNo, @RequestParam(defaultValue = "false") boolean mine) {
        if (orderNo != null) {
            return queries.ofOrder(orderNo);
        }
        return mine ? queries.waitingFor(user) : queries.pending();
    }

    @GetMapping("/{id}")
    ApprovalView detail(@PathVariable Long id) {
        return queries.detail(id);
    }

    @PostMapping("/{id}/decision")
    ApprovalView decide(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @Valid @RequestBody DecisionRequest body) {
        return service.decide(id, user.login(), user.camundaGroups(), body.decision(), body.comment());
    }

    @PostMapping("/{id}/withdraw")
    ApprovalView withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return service.withdraw(id, user.login());
    }

    /** {@code newValue}: for a delivery date change the new date (yyyy-MM-dd), else what changes, in words. */
    record NewRequest(@NotBlank @Size(max = 40) String orderNo, @NotNull ChangeKind kind,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 1000) String reason, @Size(max = 255) String newValue) {
    }

    record DecisionRequest(@NotNull Decision decision, @Size(max = 1000) String comment) {
    }
}
