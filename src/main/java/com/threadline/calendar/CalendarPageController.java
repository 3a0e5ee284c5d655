package com.threadline.calendar;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import com.threadline.partner.FactoryRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's calendar page ({@code /calendars}): staff read it, the GM, planners and the administrator edit. */
@Controller
class CalendarPageController {

    private final FactoryRepository factories;

    CalendarPageController(FactoryRepository factories) {
        this.factories = factories;
    }

    @GetMapping("/calendars")
    String calendars(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("factories", factories.findAllByOrderByCode());
        model.addAttribute("canEdit", user != null
                && (user.has(Role.ADMIN) || user.has(Role.GM) || user.has(Role.PLANNER)));
        return "calendars";
    }
}
