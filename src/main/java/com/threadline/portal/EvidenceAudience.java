package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import com.threadline.access.SignedInUser;
import java.util.Collection;
import java.util.Set;

/**
 * Who sees an evidence file of an order they can see: our staff every file; a factory or supplier what it sent and
 * what staff shared with it; a factory also the production photos our staff took of its orders. A supplier never
 * sees another supplier's QC report, nor a factory a supplier's.
 */
final class EvidenceAudience {

    private static final Set<EvidencePurpose> PRODUCTION = Set.of(EvidencePurpose.OUTPUT, EvidencePurpose.MILESTONE);

    private EvidenceAudience() {
    }

    static boolean sees(SignedInUser user, Evidence evidence, Collection<EvidenceParty> sharedWith) {
        EvidenceParty caller = EvidenceParty.of(user);
        if (caller.kind() == OrganisationKind.COMPANY || caller.equals(evidence.owner())
                || sharedWith.contains(caller)) {
            return true;
        }
        return caller.kind() == OrganisationKind.FACTORY && evidence.owner().kind() == OrganisationKind.COMPANY
                && PRODUCTION.contains(evidence.getPurpose());
    }
}
