package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import com.threadline.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where signing in leads: staff to the orders, a factory's or a supplier's people to their phone page. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        if (user.isInternal()) {
            return "redirect:/orders";
        }
        return user.organisationKind() == OrganisationKind.SUPPLIER ? "redirect:/m/supplier.html"
                : "redirect:/m/factory.html";
    }
}
