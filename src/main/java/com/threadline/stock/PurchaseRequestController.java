package com.threadline.stock;

import com.threadline.access.SignedInUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The supplier's phone page: its purchase requests, and its answer to one with a promised date. */
@RestController
@RequestMapping("/api")
class PurchaseRequestController {

    private final PurchaseRequests requests;

    PurchaseRequestController(PurchaseRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/suppliers/{code}/purchase-requests")
    List<PurchaseRequestView> waiting(@AuthenticationPrincipal SignedInUser user, @PathVariable String code) {
        return requests.waitingFor(code, user).stream().map(PurchaseRequestView::of).toList();
    }

    @PostMapping("/purchase-requests/{id}/promise")
    PurchaseRequestView promise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @RequestBody Promise body) {
        return PurchaseRequestView.of(requests.promise(id, body.promisedDate(), user));
    }

    record Promise(@NotNull LocalDate promisedDate) {
    }

    record PurchaseRequestView(Long id, String orderNo, int lineNo, String material, BigDecimal quantity, String unit,
            LocalDate neededBy, LocalDate promisedDate, Instant requestedAt) {
        static PurchaseRequestView of(PurchaseRequest p) {
            return new PurchaseRequestView(p.getId(), p.getOrderNo(), p.getLineNo(), p.getMaterial(), p.getQuantity(),
                    p.getUnit(), p.getNeededBy(), p.getPromisedDate(), p.getRequestedAt());
        }
    }
}
