package com.threadline.portal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos staff showed to buyers, for the buyer page. Which orders a buyer may see is up to the buyer page; this
 * gives nothing that is not a photo shown to buyers.
 */
@Service
public class PhotosForBuyers {

    /** A shown photo of an order; {@code thumbnail} whether it has a small copy. */
    public record Shown(long id, long orderId, boolean thumbnail) {
    }

    /** A shown photo's file (or small copy) and the order it belongs to. */
    public record PhotoFile(long orderId, Resource content, String mediaType) {
    }

    private final EvidenceRepository evidence;
    private final EvidenceFiles files;

    PhotosForBuyers(EvidenceRepository evidence, EvidenceFiles files) {
        this.evidence = evidence;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public List<Shown> ofOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return evidence.findByOrderIdInAndBuyerSharedAtNotNullOrderByIdAsc(orderIds).stream().filter(Evidence::isPhoto)
                .map(e -> new Shown(e.getId(), e.getOrderId(), e.getThumbnailName() != null)).toList();
    }

    /** The photo, or its small copy when asked for and it has one; empty unless it is a photo shown to buyers. */
    @Transactional(readOnly = true)
    public Optional<PhotoFile> file(long id, boolean thumbnail) {
        return evidence.findById(id).filter(e -> e.isPhoto() && e.isSharedWithBuyer()).map(e -> thumbnail
                && e.getThumbnailName() != null
                ? new PhotoFile(e.getOrderId(), files.read(e.getThumbnailName()), "image/jpeg")
                : new PhotoFile(e.getOrderId(), files.read(e.getStoredName()), e.getMediaType()));
    }
}
