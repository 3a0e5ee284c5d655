package com.threadline.order;

import com.threadline.access.PageAccess;
import com.threadline.access.Role;
import com.threadline.access.SignedInUser;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.MaterialKind;
import com.threadline.partner.SupplierRepository;
import com.threadline.plan.PlanGenerator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;

/** The desk's order pages: the list ({@code /orders}), a new order, and one order ({@code /orders/PO-2026-1001}). */
@Controller
class OrderPageController {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;
    private final PlanGenerator plans;

    OrderPageController(FactoryRepository factories, SupplierRepository suppliers, PlanGenerator plans) {
        this.factories = factories;
        this.suppliers = suppliers;
        this.plans = plans;
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("factories", factories.findAllByOrderByCode());
        model.addAttribute("mayImport", user != null && PageAccess.mayOpen(user, "/orders/import"));
        return "orders";
    }

    /** The list's address before the desk had templates, kept for bookmarks and old links. */
    @GetMapping("/orders.html")
    String oldList() {
        return "redirect:/orders";
    }

    @GetMapping("/orders/new")
    String newOrder(Model model) {
        model.addAttribute("factories", factories.findAllByOrderByCode());
        model.addAttribute("suppliers", suppliers.findAllByOrderByCode());
        model.addAttribute("productTypes", plans.productTypes());
        model.addAttribute("materialKinds", MaterialKind.values());
        return "order-new";
    }

    @GetMapping("/orders/{orderNo:[A-Za-z0-9][A-Za-z0-9._-]*}")
    String page(@PathVariable String orderNo, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("orderNo", orderNo);
        model.addAttribute("login", user == null ? "" : user.login());
        model.addAttribute("isAdmin", user != null && user.has(Role.ADMIN));
        return "order";
    }

    /** The order page's address before the desk had templates ({@code /order.html?orderNo=…}). */
    @GetMapping("/order.html")
    String oldPage(@RequestParam(required = false) String orderNo) {
        return orderNo == null || orderNo.isBlank() ? "redirect:/orders"
                : "redirect:/orders/" + UriUtils.encodePathSegment(orderNo, StandardCharsets.UTF_8);
    }
}
