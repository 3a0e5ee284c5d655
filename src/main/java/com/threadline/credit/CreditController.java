package com.threadline.credit;

import com.threadline.access.SignedInUser;
import com.threadline.credit.CreditApprovals.CreditHold;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Orders held by their credit check, for the approvals page; finance decides on each. */
@RestController
@RequestMapping("/api/credit-holds")
class CreditController {

    private final CreditApprovals approvals;

    CreditController(CreditApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    List<CreditHold> holds() {
        return approvals.holds();
    }

    @PostMapping("/{orderNo}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@AuthenticationPrincipal SignedInUser user, @PathVariable String orderNo,
            @Valid @RequestBody CreditDecision body) {
        approvals.decide(orderNo, body.approved(), body.comment(), user);
    }

    record CreditDecision(@NotNull Boolean approved, @Size(max = 200) String comment) {
    }
}
