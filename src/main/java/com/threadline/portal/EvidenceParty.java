package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import com.threadline.access.SignedInUser;

/** An organisation evidence can belong to or be shared with: our company (no id), a factory or a supplier. */
record EvidenceParty(OrganisationKind kind, Long id) {

    static final EvidenceParty COMPANY = new EvidenceParty(OrganisationKind.COMPANY, null);

    static EvidenceParty of(SignedInUser user) {
        return switch (user.organisationKind()) {
            case COMPANY -> COMPANY;
            case FACTORY -> new EvidenceParty(OrganisationKind.FACTORY, user.factoryId());
            case SUPPLIER -> new EvidenceParty(OrganisationKind.SUPPLIER, user.supplierId());
        };
    }
}
