package com.threadline.rulehealth;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rule health over the 30 days up to {@code to} (default today); the GM and the administrator read it. */
@RestController
class RuleHealthController {

    private final RuleHealth health;

    RuleHealthController(RuleHealth health) {
        this.health = health;
    }

    @GetMapping("/api/rule-health")
    RuleHealth.Report ruleHealth(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to) {
        return health.upTo(to);
    }
}
