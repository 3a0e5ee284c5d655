package com.threadline.exception;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import com.threadline.notification.ReadReceipts;
import com.threadline.notification.ReadVia;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page every alert links to ({@code /exceptions/42}): the exception, the one-click confirm, and the handling
 * steps (plan, measures, verification, closing) for those who may take them, on phones, in the IM apps' own
 * browsers and on the desk. The reader signs in first if the browser has no session yet.
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
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id, Model model) {
        model.addAttribute("exceptionId", id);
        model.addAttribute("mayHandle", exceptions.findById(id).map(e -> mayHandle(user, e)).orElse(false));
        model.addAttribute("staff", user.isInternal());
        return "alert";
    }

    /** The page's address before it was on the desk's layout; it never carried the exception, so: the inbox. */
    @GetMapping("/alert.html")
    String oldPage() {
        return "redirect:/inbox";
    }

    /**
     * Plan, verification and closing are for our staff in the roles the exception is with (its candidate groups
     * in the handling process), and for the GM and the administrator, who follow every exception.
     */
    static boolean mayHandle(SignedInUser user, OrderException exception) {
        if (!user.isInternal()) {
            return false;
        }
        return user.has(Role.GM) || user.has(Role.ADMIN) || exception.roleList().stream()
                .anyMatch(id -> Arrays.stream(Role.values()).anyMatch(r -> r.id().equals(id) && user.has(r)));
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
