package com.threadline.diagnosis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The desk's pages: one order's diagnosis, and the analysis page (bottleneck heat map, exception statistics). */
@Controller
class DiagnosisPageController {

    @GetMapping("/orders/{orderNo:[A-Za-z0-9][A-Za-z0-9._-]*}/diagnosis")
    String diagnosis(@PathVariable String orderNo, Model model) {
        model.addAttribute("orderNo", orderNo);
        return "diagnosis";
    }

    @GetMapping("/analysis/bottlenecks")
    String bottlenecks() {
        return "bottlenecks";
    }
}
