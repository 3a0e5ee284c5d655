package com.threadline.access;

import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and for a factory's or supplier's people which one: the phone pages show that party's work. */
@RestController
class MeController {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;

    MeController(FactoryRepository factories, SupplierRepository suppliers) {
        this.factories = factories;
        this.suppliers = suppliers;
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal SignedInUser user) {
        String factoryCode = user.factoryId() == null ? null
                : factories.findById(user.factoryId()).map(Factory::getCode).orElse(null);
        String supplierCode = user.supplierId() == null ? null
                : suppliers.findById(user.supplierId()).map(Supplier::getCode).orElse(null);
        return new Me(user.login(), user.displayName(), user.camundaGroups(), factoryCode, supplierCode);
    }

    record Me(String login, String displayName, List<String> groups, String factoryCode, String supplierCode) {
    }
}
