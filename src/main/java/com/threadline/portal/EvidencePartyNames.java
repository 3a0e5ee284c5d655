package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import com.threadline.partner.FactoryRepository;
import com.threadline.partner.SupplierRepository;
import com.threadline.portal.EvidenceView.PartyView;
import com.threadline.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Turns evidence parties into codes and names for the API, and a code from the API back into a party. */
@Component
class EvidencePartyNames {

    private final FactoryRepository factories;
    private final SupplierRepository suppliers;

    EvidencePartyNames(FactoryRepository factories, SupplierRepository suppliers) {
        this.factories = factories;
        this.suppliers = suppliers;
    }

    PartyView view(EvidenceParty party) {
        return switch (party.kind()) {
            case COMPANY -> new PartyView(party.kind().name(), null, null);
            case FACTORY -> factories.findById(party.id())
                    .map(f -> new PartyView(party.kind().name(), f.getCode(), f.getName()))
                    .orElseGet(() -> new PartyView(party.kind().name(), null, null));
            case SUPPLIER -> suppliers.findById(party.id())
                    .map(s -> new PartyView(party.kind().name(), s.getCode(), s.getName()))
                    .orElseGet(() -> new PartyView(party.kind().name(), null, null));
        };
    }

    /** {@code kind} as in the path: factory or supplier. */
    EvidenceParty party(String kind, String code) {
        return switch (kind) {
            case "factory" -> factories.findByCode(code)
                    .map(f -> new EvidenceParty(OrganisationKind.FACTORY, f.getId()))
                    .orElseThrow(() -> InvalidRequestException.of("code", "no factory " + code));
            case "supplier" -> suppliers.findByCode(code)
                    .map(s -> new EvidenceParty(OrganisationKind.SUPPLIER, s.getId()))
                    .orElseThrow(() -> InvalidRequestException.of("code", "no supplier " + code));
            default -> throw InvalidRequestException.of("kind", "must be factory or supplier");
        };
    }
}
