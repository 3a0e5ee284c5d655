package com.threadline.capacity;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import com.threadline.access.StaffDirectory;
import com.threadline.partner.FactoryRepository;
import com.threadline.plan.PlanGenerator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The capacity board ({@code /capacity}) and the rush-order assessment ({@code /capacity/rush}). */
@Controller
class CapacityPageController {

    private final FactoryRepository factories;
    private final PlanGenerator plans;
    private final StaffDirectory staff;
    private final CapacityStore store;

    CapacityPageController(FactoryRepository factories, PlanGenerator plans, StaffDirectory staff,
            CapacityStore store) {
        this.factories = factories;
        this.plans = plans;
        this.staff = staff;
        this.store = store;
    }

    @GetMapping("/capacity")
    String board(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("canEdit", mayPlan(user));
        return "capacity";
    }

    @GetMapping("/capacity/rush")
    String rush(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("factories", factories.findAllByOrderByCode());
        model.addAttribute("productTypes", plans.productTypes());
        model.addAttribute("merchandisers", staff.withRole(Role.MERCHANDISER));
        model.addAttribute("owners", staff.withRole(Role.BUSINESS_OWNER));
        model.addAttribute("canAccept", mayPlan(user));
        model.addAttribute("settings", store.settings());
        return "rush-order";
    }

    static boolean mayPlan(SignedInUser user) {
        return user != null && (user.has(Role.ADMIN) || user.has(Role.GM) || user.has(Role.PLANNER));
    }
}
