package com.threadline.access;

import com.threadline.partner.Factory;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.Supplier;
import com.threadline.partner.SupplierRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
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

    private String factoryCode(Long factoryId) {
        return factoryId == null ? null : factories.findById(factoryId).map(Factory::getCode).orElse(null);
    }

    private String supplierCode(Long supplierId) {
        return supplierId == null ? null : suppliers.findById(supplierId).map(Supplier::getCode).orElse(null);
    }

    /** The codes of many factories by id, in one query. */
    Map<Long, String> factoryCodes(Collection<Long> factoryIds) {
        return factories.findAllById(factoryIds).stream().collect(Collectors.toMap(Factory::getId, Factory::getCode));
    }

    /** The codes of many suppliers by id, in one query. */
    Map<Long, String> supplierCodes(Collection<Long> supplierIds) {
        return suppliers.findAllById(supplierIds).stream()
                .collect(Collectors.toMap(Supplier::getId, Supplier::getCode));
    }
}
