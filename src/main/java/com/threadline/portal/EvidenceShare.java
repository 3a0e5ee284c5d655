package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A file a staff member showed to a party that did not send it. */
@Entity
class EvidenceShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long evidenceId;
    @Enumerated(EnumType.STRING)
    private OrganisationKind partyKind;
    private Long partyId;
    private String sharedBy;
    private Instant sharedAt;

    protected EvidenceShare() {
    }

    EvidenceShare(Long evidenceId, EvidenceParty party, String sharedBy, Instant sharedAt) {
        this.evidenceId = evidenceId;
        this.partyKind = party.kind();
        this.partyId = party.id();
        this.sharedBy = sharedBy;
        this.sharedAt = sharedAt;
    }

    Long getEvidenceId() {
        return evidenceId;
    }

    EvidenceParty party() {
        return new EvidenceParty(partyKind, partyId);
    }
}
