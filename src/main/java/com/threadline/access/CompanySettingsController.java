package com.threadline.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The company's settings on who sees what, changed by the administrator on the users page. */
@RestController
class CompanySettingsController {

    private final CustomerNameVisibility customerNames;

    CompanySettingsController(CustomerNameVisibility customerNames) {
        this.customerNames = customerNames;
    }

    /** {@code customerNameToPartners}: whether factories' and suppliers' people see the end customer's name. */
    record CompanySettings(@NotNull Boolean customerNameToPartners) {
    }

    @GetMapping("/api/company-settings")
    CompanySettings get() {
        return new CompanySettings(customerNames.shownToPartners());
    }

    @PutMapping("/api/company-settings")
    CompanySettings change(@Valid @RequestBody CompanySettings body,
            @AuthenticationPrincipal SignedInUser administrator) {
        customerNames.change(body.customerNameToPartners(), administrator.login());
        return get();
    }
}
