package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A photo, video or QC report attached to an order, owned by the party that sent it; the file itself is stored under
 * {@code storedName}.
 */
@Entity
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private EvidencePurpose purpose;
    private String reference;
    private String mediaType;
    private long sizeBytes;
    private String storedName;
    private String thumbnailName;
    private String originalName;
    private String uploadedBy;
    private Instant uploadedAt;
    @Enumerated(EnumType.STRING)
    private OrganisationKind ownerKind;
    private Long ownerId;
    private String buyerSharedBy;
    private Instant buyerSharedAt;

    protected Evidence() {
    }

    Evidence(Long orderId, EvidencePurpose purpose, String reference, EvidenceType type, long sizeBytes,
            String storedName, String thumbnailName, String originalName, String uploadedBy, Instant uploadedAt, EvidenceParty owner) {
        this.orderId = orderId;
        this.purpose = purpose;
        this.reference = reference;
        this.mediaType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.storedName = storedName;
        this.thumbnailName = thumbnailName;
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
    }

    Long getId() {
        return id;
    }

    Long getOrderId() {
        return orderId;
    }

    EvidencePurpose getPurpose() {
        return purpose;
    }

    String getReference() {
        return reference;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getStoredName() {
        return storedName;
    }

    String getThumbnailName() {
        return thumbnailName;
    }

    String getOriginalName() {
        return originalName;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The party that sent the file. */
    EvidenceParty owner() {
        return new EvidenceParty(ownerKind, ownerId);
    }

    boolean isPhoto() {
        return mediaType.startsWith("image/");
    }

    boolean isSharedWithBuyer() {
        return buyerSharedAt != null;
    }

    void shareWithBuyer(String by, Instant at) {
        if (buyerSharedAt == null) {
            buyerSharedBy = by;
            buyerSharedAt = at;
        }
    }

    void unshareWithBuyer() {
        buyerSharedBy = null;
        buyerSharedAt = null;
    }
}
