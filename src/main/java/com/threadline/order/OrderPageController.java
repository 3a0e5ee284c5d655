package com.threadline.order;

import com.threadline.partner.FactoryRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk's order pages: the list ({@code /orders}) and one order ({@code /orders/PO-2026-1001}). */
@Controller
class OrderPageController {

    private final FactoryRepository factories;

    OrderPageController(FactoryRepository factories) {
        this.factories = factories;
    }

    @GetMapping("/orders")
    String list(Model model) {
        model.addAttribute("factories", factories.findAllByOrderByCode());
        return "orders";
    }

    /** The list's address before the desk had templates, kept for bookmarks and old links. */
    @GetMapping("/orders.html")
    String oldList() {
        return "redirect:/orders";
    }

    @GetMapping("/orders/{orderNo:[A-Za-z0-9][A-Za-z0-9._-]*}")
    String page() {
        return "forward:/order.html";
    }
}
