package com.threadline.exception;

import com.threadline.access.SignedInUser;
import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page every alert links to ({@code /exceptions/42}): the exception at a glance and the one-click confirm, for
 * phones and the IM apps' own browsers. The reader signs in first if the browser has no session yet.
 */
@Controller
class AlertPageController {

    private final OrderExceptionRepository exceptions;
    private final ReadReceipts receipts;

    AlertPageController(OrderExceptionRepository exceptions, ReadReceipts receipts) {
        this.exceptions = exceptions;
        this.receipts = receipts;
    }

    @GetMapping("/exceptions/{id:\\d+}")
    String page() {
        return "forward:/alert.html";
    }

    /**
     * Sent by the page's script once it has shown the exception, rather than when the page is fetched: the IM
     * apps fetch links for their previews, and that is no reading.
     */
    @PostMapping("/api/exceptions/{id}/opened")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void opened(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        exceptions.require(id);
        receipts.record(id, user.login(), ReadVia.LINK);
    }
}
