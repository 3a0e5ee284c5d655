package com.threadline.imports;

import com.threadline.access.SignedInUser;
import com.threadline.imports.ImportViews.FieldView;
import com.threadline.imports.ImportViews.JobView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Imports through the API: download a kind's template, upload a file (checked whole; answers its columns and the
 * proposed mapping), start it with a mode and the mapping, follow its counters, fetch its failed rows.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final ImportRunner runner;
    private final ImportKinds kinds;

    ImportController(ImportService imports, ImportRunner runner, ImportKinds kinds) {
        this.imports = imports;
        this.runner = runner;
        this.kinds = kinds;
    }

    @GetMapping("/kinds/{kind}/template")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean lines) {
        ImportKind importKind = kinds.require(kind);
        String name = importKind.title() + (lines ? "导入模板-颜色尺码.xlsx" : "导入模板.xlsx");
        return xlsx(name, out -> TemplateWorkbook.write(importKind, lines, out));
    }

    @GetMapping("/kinds/{kind}/fields")
    List<FieldView> fields(@PathVariable String kind) {
        return imports.fields(kind);
    }

    @PostMapping("/kinds/{kind}/files")
    ResponseEntity<JobView> upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.upload(kind, file, user.login()));
    }

    @PostMapping("/jobs/{id}/start")
    ResponseEntity<JobView> start(@PathVariable long id, @Valid @RequestBody Start body, Authentication caller) {
        SignedInUser user = (SignedInUser) caller.getPrincipal();
        JobView started = imports.start(id, user.login(), body.mode(), body.mappingOrEmpty());
        runner.submit(id, caller);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }

    @GetMapping("/jobs")
    List<JobView> history(@AuthenticationPrincipal SignedInUser user) {
        return imports.history(user.login());
    }

    @GetMapping("/jobs/{id}")
    JobView job(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return imports.job(id, user.login());
    }

    /** The failed rows with their reasons, to fix and upload again. */
    @GetMapping("/jobs/{id}/failed-rows")
    ResponseEntity<StreamingResponseBody> failedRows(@PathVariable long id,
            @AuthenticationPrincipal SignedInUser user) {
        String original = imports.fileNameOf(id, user.login());
        String base = original.contains(".") ? original.substring(0, original.lastIndexOf('.')) : original;
        String login = user.login();
        return xlsx(base + "-失败行.xlsx", out -> {
            try (FailedRowsWorkbook.Writer writer = FailedRowsWorkbook.writer()) {
                imports.failedRows(id, login, writer);
                writer.writeTo(out);
            }
        });
    }

    private static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    record Start(@NotNull ImportMode mode, @Size(max = 200) Map<String, String> mapping) {

        Map<String, String> mappingOrEmpty() {
            return mapping == null ? Map.of() : mapping;
        }
    }
}
