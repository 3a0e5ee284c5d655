package com.threadline.portal;

import com.threadline.order.Order;
import com.threadline.order.OrderRepository;
import com.threadline.web.FieldProblem;
import com.threadline.web.InvalidRequestException;
import com.threadline.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Checks, stores and serves evidence files; a file that fails a check leaves nothing behind. */
@Service
class EvidenceService {

    /** A file kept on disk with its content type, for serving. */
    record StoredFile(Resource content, String mediaType) {
    }

    private final EvidenceRepository evidence;
    private final OrderRepository orders;
    private final EvidenceFiles files;
    private final Thumbnails thumbnails;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, OrderRepository orders, EvidenceFiles files, Thumbnails thumbnails,
            Clock clock) {
        this.evidence = evidence;
        this.orders = orders;
        this.files = files;
        this.thumbnails = thumbnails;
        this.clock = clock;
    }

    @Transactional
    public EvidenceView upload(EvidenceUpload upload) {
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
                clock.instant()));
        return EvidenceView.of(saved, order.get().getOrderNo());
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> ofOrder(String orderNo) {
        Order order = orders.require(orderNo);
        return evidence.findByOrderIdOrderByIdAsc(order.getId()).stream()
                .map(e -> EvidenceView.of(e, orderNo))
                .toList();
    }

    @Transactional(readOnly = true)
    public StoredFile file(long id) {
        Evidence e = require(id);
        return new StoredFile(files.read(e.getStoredName()), e.getMediaType());
    }

    @Transactional(readOnly = true)
    public StoredFile thumbnail(long id) {
        Evidence e = require(id);
        if (e.getThumbnailName() == null) {
            throw new NotFoundException("Evidence " + id + " has no thumbnail");
        }
        return new StoredFile(files.read(e.getThumbnailName()), "image/jpeg");
    }

    /** Evidence of an order the caller may not see is not found, like the order itself. */
    private Evidence require(long id) {
        return evidence.findById(id).filter(e -> orders.findById(e.getOrderId()).isPresent())
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
