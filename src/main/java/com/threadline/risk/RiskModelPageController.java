package com.threadline.risk;

import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's risk model page (风险模型): the model's accuracy and, for the GM, planners and admins, retraining. */
@Controller
class RiskModelPageController {

    @GetMapping("/risk-model")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mayRetrain", user.has(Role.GM) || user.has(Role.PLANNER) || user.has(Role.ADMIN));
        return "risk-model";
    }
}
