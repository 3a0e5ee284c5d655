package com.threadline.order;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** One order's page ({@code /orders/PO-2026-1001}): its plan, materials, exceptions and who changed what. */
@Controller
class OrderPageController {

    @GetMapping("/orders/{orderNo:[A-Za-z0-9][A-Za-z0-9._-]*}")
    String page() {
        return "forward:/order.html";
    }
}
