package com.threadline.customer;

import com.threadline.access.SignedInUser;
import com.threadline.web.ForbiddenException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The desk's customer list with each customer's contacts; staff only, like the customers API. */
@Controller
class CustomerPageController {

    private static final int SHOWN = 200;

    private final CustomerDirectory directory;
    private final CustomerContactRepository contacts;

    CustomerPageController(CustomerDirectory directory, CustomerContactRepository contacts) {
        this.directory = directory;
        this.contacts = contacts;
    }

    record CustomerRow(Customer customer, List<CustomerContact> contacts) {
    }

    @GetMapping("/customers")
    @Transactional(readOnly = true)
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q, Model model) {
        if (user == null || !user.isInternal()) {
            throw new ForbiddenException("The customers page is for staff");
        }
        List<Customer> found = directory.search(q, SHOWN);
        Map<Long, List<CustomerContact>> byCustomer = found.isEmpty() ? Map.of()
                : contacts.ofCustomers(found.stream().map(Customer::getId).toList()).stream()
                        .collect(Collectors.groupingBy(CustomerContact::getCustomerId));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("rows", found.stream()
                .map(c -> new CustomerRow(c, byCustomer.getOrDefault(c.getId(), List.of()))).toList());
        return "customers";
    }
}
