package com.threadline.access;

import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import org.springframework.stereotype.Component;

/** The code of the factory or supplier a signed-in user is bound to; null for our own staff. */
@Component
public class PartyCodes {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;

    PartyCodes(FactoryRepository factories, SupplierRepository suppliers) {
        this.factories = factories;
        this.suppliers = suppliers;
    }

    public String factoryOf(SignedInUser user) {
        return factoryCode(user.factoryId());
    }

    public String supplierOf(SignedInUser user) {
        return supplierCode(user.supplierId());
    }

    String factoryCode(Long factoryId) {
        return factoryId == null ? null : factories.findById(factoryId).map(Factory::getCode).orElse(null);
    }

    String supplierCode(Long supplierId) {
        return supplierId == null ? null : suppliers.findById(supplierId).map(Supplier::getCode).orElse(null);
    }
}
