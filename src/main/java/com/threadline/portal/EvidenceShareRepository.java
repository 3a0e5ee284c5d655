package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceShareRepository extends JpaRepository<EvidenceShare, Long> {

    List<EvidenceShare> findByEvidenceIdIn(Collection<Long> evidenceIds);

    boolean existsByEvidenceIdAndPartyKindAndPartyId(Long evidenceId, OrganisationKind partyKind, Long partyId);

    void deleteByEvidenceIdAndPartyKindAndPartyId(Long evidenceId, OrganisationKind partyKind, Long partyId);
}
