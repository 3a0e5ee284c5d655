package com.threadline.portal;

import java.time.Instant;

/** Evidence as the API shows it, with the links to the file and its thumbnail. */
record EvidenceView(Long id, String orderNo, EvidencePurpose purpose, String reference, String mediaType,
        long sizeBytes, String originalName, String uploadedBy, Instant uploadedAt, String url, String thumbnailUrl) {

    static EvidenceView of(Evidence e, String orderNo) {
        String url = "/api/evidence/" + e.getId();
        return new EvidenceView(e.getId(), orderNo, e.getPurpose(), e.getReference(), e.getMediaType(),
                e.getSizeBytes(), e.getOriginalName(), e.getUploadedBy(), e.getUploadedAt(), url,
                e.getThumbnailName() == null ? null : url + "/thumbnail");
    }
}
