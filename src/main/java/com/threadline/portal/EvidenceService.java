package com.threadline.portal;

import com.threadline.access.OrganisationKind;
import com.threadline.access.SignedInUser;
import com.threadline.order.MaterialLine;
import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.portal.EvidenceView.PartyView;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks, stores and serves evidence files; a file that fails a check leaves nothing behind. Each file is served only
 * to those {@link EvidenceAudience} lets see it; to anyone else it is not found, like another party's order.
 */
@Service
class EvidenceService {

    /** A file kept on disk with its content type, for serving. */
    record StoredFile(Resource content, String mediaType) {
    }

    /** A party a staff member may share a file with, and whether it is shared with them already. */
    record ShareChoice(PartyView party, boolean shared) {
    }

    private final EvidenceRepository evidence;
    private final EvidenceShareRepository shares;
    private final EvidencePartyNames names;
    private final OrderRepository orders;
    private final EvidenceFiles files;
    private final Thumbnails thumbnails;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, EvidenceShareRepository shares, EvidencePartyNames names,
            OrderRepository orders, EvidenceFiles files, Thumbnails thumbnails, Clock clock) {
        this.evidence = evidence;
        this.shares = shares;
        this.names = names;
        this.orders = orders;
        this.files = files;
        this.thumbnails = thumbnails;
        this.clock = clock;
    }

    @Transactional
    public EvidenceView upload(EvidenceUpload upload, SignedInUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Order> order = Optional.ofNullable(upload.orderNo()).flatMap(orders::findByOrderNo);
        if (order.isEmpty()) {
            problems.add(new FieldProblem("orderNo", upload.orderNo() == null ? "must not be empty" : "no such order"));
        }
        if (upload.purpose() == null) {
            problems.add(new FieldProblem("purpose", "must be one of OUTPUT, MILESTONE, SHIPMENT, STOCKING, QC_REPORT, ACTION"));
        }
        if (upload.uploadedBy() == null || upload.uploadedBy().isBlank() || upload.uploadedBy().length() > 64) {
            problems.add(new FieldProblem("uploadedBy", "must be 1 to 64 characters"));
        }
        if (upload.reference() != null && upload.reference().length() > 64) {
            problems.add(new FieldProblem("reference", "must be at most 64 characters"));
        }
        EvidenceType type = checkedType(upload.file(), upload.purpose(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String stored = files.store(open(upload.file()));
        String thumbnail = type.thumbnailed()
                ? thumbnails.of(open(upload.file())).map(files::store).orElse(null)
                : null;
        Evidence saved = evidence.save(new Evidence(order.get().getId(), upload.purpose(), upload.reference(), type,
                upload.file().getSize(), stored, thumbnail, displayName(upload.file()), upload.uploadedBy(),
                clock.instant(), EvidenceParty.of(user)));
        return view(saved, order.get().getOrderNo(), List.of(), user);
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> ofOrder(String orderNo, SignedInUser user) {
        Order order = orders.require(orderNo);
        List<Evidence> files = evidence.findByOrderIdOrderByIdAsc(order.getId());
        Map<Long, List<EvidenceParty>> sharedWith = sharedWith(files.stream().map(Evidence::getId).toList());
        return files.stream()
                .filter(e -> EvidenceAudience.sees(user, e, sharedWith.getOrDefault(e.getId(), List.of())))
                .map(e -> view(e, orderNo, sharedWith.getOrDefault(e.getId(), List.of()), user))
                .toList();
    }

    @Transactional(readOnly = true)
    public StoredFile file(long id, SignedInUser user) {
        Evidence e = require(id, user);
        return new StoredFile(files.read(e.getStoredName()), e.getMediaType());
    }

    @Transactional(readOnly = true)
    public StoredFile thumbnail(long id, SignedInUser user) {
        Evidence e = require(id, user);
        if (e.getThumbnailName() == null) {
            throw new NotFoundException("Evidence " + id + " has no thumbnail");
        }
        return new StoredFile(files.read(e.getThumbnailName()), "image/jpeg");
    }

    /** The order's factory and the suppliers of its lines, except the party that sent the file. */
    @Transactional(readOnly = true)
    public List<ShareChoice> shareChoices(long id, SignedInUser user) {
        Evidence e = require(id, user);
        Set<EvidenceParty> shared = Set.copyOf(sharedWith(List.of(e.getId())).getOrDefault(e.getId(), List.of()));
        return partiesOf(orderOf(e)).stream().filter(party -> !party.equals(e.owner()))
                .map(party -> new ShareChoice(names.view(party), shared.contains(party)))
                .toList();
    }

    /** Shows the file to a party of its order; sharing it again changes nothing. */
    @Transactional
    public EvidenceView share(long id, String kind, String code, SignedInUser user) {
        Evidence e = require(id, user);
        EvidenceParty party = names.party(kind, code);
        Order order = orderOf(e);
        if (party.equals(e.owner()) || !partiesOf(order).contains(party)) {
            throw InvalidRequestException.of("code", "is not a party of order " + order.getOrderNo()
                    + " other than the one that sent the file");
        }
        if (!shares.existsByEvidenceIdAndPartyKindAndPartyId(e.getId(), party.kind(), party.id())) {
            shares.save(new EvidenceShare(e.getId(), party, user.login(), clock.instant()));
        }
        return viewOf(e, order, user);
    }

    @Transactional
    public EvidenceView unshare(long id, String kind, String code, SignedInUser user) {
        Evidence e = require(id, user);
        EvidenceParty party = names.party(kind, code);
        shares.deleteByEvidenceIdAndPartyKindAndPartyId(e.getId(), party.kind(), party.id());
        shares.flush();
        return viewOf(e, orderOf(e), user);
    }

    /** Shows a photo to the order's buyer on the buyer page, or takes it back; doing either again changes nothing. */
    @Transactional
    public EvidenceView shareWithBuyer(long id, boolean shown, SignedInUser user) {
        Evidence e = require(id, user);
        if (shown && !e.isPhoto()) {
            throw InvalidRequestException.of("id", "only a photo can be shown to the buyer");
        }
        if (shown) {
            e.shareWithBuyer(user.login(), clock.instant());
        } else {
            e.unshareWithBuyer();
        }
        evidence.flush();
        return viewOf(e, orderOf(e), user);
    }

    private EvidenceView viewOf(Evidence e, Order order, SignedInUser user) {
        return view(e, order.getOrderNo(), sharedWith(List.of(e.getId())).getOrDefault(e.getId(), List.of()), user);
    }

    private EvidenceView view(Evidence e, String orderNo, List<EvidenceParty> sharedWith, SignedInUser user) {
        List<PartyView> shown = user.isInternal() ? sharedWith.stream().map(names::view).toList() : List.of();
        return EvidenceView.of(e, orderNo, names.view(e.owner()), shown, user.isInternal() && e.isSharedWithBuyer());
    }

    private Map<Long, List<EvidenceParty>> sharedWith(List<Long> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return Map.of();
        }
        return shares.findByEvidenceIdIn(evidenceIds).stream().collect(Collectors.groupingBy(
                EvidenceShare::getEvidenceId, Collectors.mapping(EvidenceShare::party, Collectors.toList())));
    }

    private static Set<EvidenceParty> partiesOf(Order order) {
        Set<EvidenceParty> parties = new LinkedHashSet<>();
        parties.add(new EvidenceParty(OrganisationKind.FACTORY, order.getFactory().getId()));
        for (MaterialLine line : order.getMaterials()) {
            parties.add(new EvidenceParty(OrganisationKind.SUPPLIER, line.getSupplier().getId()));
        }
        return parties;
    }

    private Order orderOf(Evidence e) {
        return orders.findById(e.getOrderId()).orElseThrow(() -> new NotFoundException("No evidence " + e.getId()));
    }

    /**
     * Evidence of an order the caller may not see, or of another party, is not found, like another party's order.
     */
    private Evidence require(long id, SignedInUser user) {
        return evidence.findById(id)
                .filter(e -> orders.findById(e.getOrderId()).isPresent())
                .filter(e -> EvidenceAudience.sees(user, e, sharedWith(List.of(id)).getOrDefault(id, List.of())))
                .orElseThrow(() -> new NotFoundException("No evidence " + id));
    }

    /** The real type of the file if it is allowed for the purpose and within its size limit, else null. */
    private static EvidenceType checkedType(MultipartFile file, EvidencePurpose purpose, List<FieldProblem> problems) {
        if (file == null || file.isEmpty()) {
            problems.add(new FieldProblem("file", "must not be empty"));
            return null;
        }
        Optional<EvidenceType> sniffed = EvidenceType.sniff(head(file));
        if (sniffed.isEmpty()) {
            problems.add(new FieldProblem("file",
                    "is not a JPEG, PNG or WebP photo, an MP4 or QuickTime video, or a PDF"));
            return null;
        }
        EvidenceType type = sniffed.get();
        Optional<EvidenceType> declared = EvidenceType.ofMediaType(file.getContentType());
        if (declared.isPresent() && declared.get() != type) {
            problems.add(new FieldProblem("file", "is declared as " + file.getContentType() + " but its content is "
                    + type.mediaType()));
        } else if (type.isDocument() && purpose != EvidencePurpose.QC_REPORT) {
            problems.add(new FieldProblem("file", "a PDF is accepted only as a QC report"));
        } else if (file.getSize() > type.maxBytes()) {
            problems.add(new FieldProblem("file", "is " + megabytes(file.getSize()) + " MB; a " + type.mediaType()
                    + " file may be at most " + megabytes(type.maxBytes()) + " MB"));
        }
        return type;
    }

    private static byte[] head(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(EvidenceType.HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's file name without any directory part, for display only. */
    private static String displayName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024.0));
    }
}
