package com.threadline.portal;

import java.time.Instant;
import java.util.List;

/**
 * Evidence as the API shows it, with the links to the file and its thumbnail, the party that sent it and (to staff
 * only) the parties it was shared with and whether the order's buyer sees it on the buyer page.
 */
record EvidenceView(Long id, String orderNo, EvidencePurpose purpose, String reference, String mediaType,
        long sizeBytes, String originalName, String uploadedBy, Instant uploadedAt, String url, String thumbnailUrl,
        PartyView owner, List<PartyView> sharedWith, boolean sharedWithBuyer) {

    /** A party by kind (COMPANY, FACTORY, SUPPLIER), code and name; our company has neither code nor name. */
    record PartyView(String kind, String code, String name) {
    }

    static EvidenceView of(Evidence e, String orderNo, PartyView owner, List<PartyView> sharedWith, boolean sharedWithBuyer) {
        String url = "/api/evidence/" + e.getId();
        return new EvidenceView(e.getId(), orderNo, e.getPurpose(), e.getReference(), e.getMediaType(),
                e.getSizeBytes(), e.getOriginalName(), e.getUploadedBy(), e.getUploadedAt(), url,
                e.getThumbnailName() == null ? null : url + "/thumbnail", owner, sharedWith,
                sharedWithBuyer);
    }
}
