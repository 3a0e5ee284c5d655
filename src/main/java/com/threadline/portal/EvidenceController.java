package com.threadline.portal;

import com.threadline.portal.EvidenceService.StoredFile;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos, videos and QC reports from the phone pages. */
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
            @RequestParam(required = false) String reference, @RequestParam(required = false) String uploadedBy) {
        EvidenceView view = service.upload(new EvidenceUpload(file, orderNo, purpose, reference, uploadedBy));
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping
    List<EvidenceView> ofOrder(@RequestParam String orderNo) {
        return service.ofOrder(orderNo);
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> file(@PathVariable long id) {
        return serve(service.file(id));
    }

    @GetMapping("/{id}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable long id) {
        return serve(service.thumbnail(id));
    }

    private static ResponseEntity<Resource> serve(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(file.content());
    }
}
