package com.threadline.rulehealth;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's rule-health page ({@code /rule-health}). */
@Controller
class RuleHealthPageController {

    @GetMapping("/rule-health")
    String ruleHealth() {
        return "rule-health";
    }
}
