package com.threadline.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Who a user works for: our company, one factory or one supplier (then linked to its partner row). */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;
    private String name;
    private Long factoryId;
    private Long supplierId;

    protected Organisation() {
    }

    private Organisation(OrganisationKind kind, String name, Long factoryId, Long supplierId) {
        this.kind = kind;
        this.name = name;
        this.factoryId = factoryId;
        this.supplierId = supplierId;
    }

    static Organisation factory(Long factoryId, String name) {
        return new Organisation(OrganisationKind.FACTORY, name, factoryId, null);
    }

    static Organisation supplier(Long supplierId, String name) {
        return new Organisation(OrganisationKind.SUPPLIER, name, null, supplierId);
    }

    public Long getId() {
        return id;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getFactoryId() {
        return factoryId;
    }

    public Long getSupplierId() {
        return supplierId;
    }
}
