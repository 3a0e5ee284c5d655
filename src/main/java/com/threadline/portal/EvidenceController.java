package com.threadline.portal;

import com.threadline.access.SignedInUser;
import com.threadline.portal.EvidenceService.ShareChoice;
import com.threadline.portal.EvidenceService.StoredFile;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos, videos and QC reports from the phone pages, each seen by the party that sent it and our staff; staff share
 * a file with another party of its order ({@code /shares/{factory|supplier}/{code}}), and a merchandiser or the
 * administrator shows a photo to the order's buyer on the buyer page ({@code /buyer}).
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

    private final EvidenceService service;

    EvidenceController(EvidenceService service) {
        this.service = service;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> upload(@RequestPart(required = false) MultipartFile file,
            @RequestParam(required = false) String orderNo, @RequestParam(required = false) EvidencePurpose purpose,
            @RequestParam(required = false) String reference, @RequestParam(required = false) String uploadedBy,
            @AuthenticationPrincipal SignedInUser user) {
        EvidenceView view = service.upload(new EvidenceUpload(file, orderNo, purpose, reference, uploadedBy), user);
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping
    List<EvidenceView> ofOrder(@RequestParam String orderNo, @AuthenticationPrincipal SignedInUser user) {
        return service.ofOrder(orderNo, user);
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> file(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return serve(service.file(id, user));
    }

    @GetMapping("/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return serve(service.thumbnail(id, user));
    }

    @GetMapping("/{id}/shares")
    List<ShareChoice> shareChoices(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return service.shareChoices(id, user);
    }

    @PutMapping("/{id}/shares/{kind}/{code}")
    EvidenceView share(@PathVariable long id, @PathVariable String kind, @PathVariable String code,
            @AuthenticationPrincipal SignedInUser user) {
        return service.share(id, kind, code, user);
    }

    @DeleteMapping("/{id}/shares/{kind}/{code}")
    EvidenceView unshare(@PathVariable long id, @PathVariable String kind, @PathVariable String code,
            @AuthenticationPrincipal SignedInUser user) {
        return service.unshare(id, kind, code, user);
    }

    @PutMapping("/{id}/buyer")
    EvidenceView showToBuyer(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return service.shareWithBuyer(id, true, user);
    }

    @DeleteMapping("/{id}/buyer")
    EvidenceView hideFromBuyer(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return service.shareWithBuyer(id, false, user);
    }

    private static ResponseEntity<Resource> serve(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }
}
