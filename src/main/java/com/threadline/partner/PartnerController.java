package com.threadline.partner;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The factories and suppliers an order can be assigned to. */
@RestController
@RequestMapping("/api")
class PartnerController {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;

    PartnerController(FactoryRepository factories, SupplierRepository suppliers) {
        this.factories = factories;
        this.suppliers = suppliers;
    }

    @GetMapping("/factories")
    List<Factory> factories() {
        return factories.findAllByOrderByCode();
    }

    @GetMapping("/suppliers")
    List<Supplier> suppliers() {
        return suppliers.findAllByOrderByCode();
    }
}
