package com.threadline.portal;

import org.springframework.web.multipart.MultipartFile;

/** The form fields of an evidence upload, as the phone sends them. */
record EvidenceUpload(MultipartFile file, String orderNo, EvidencePurpose purpose, String reference,
        String uploadedBy) {
}
