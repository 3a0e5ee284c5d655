package com.threadline.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One uploaded file on its way in: its columns, how they map, and the counters of the run. */
@Entity
@Table(name = "import_job")
class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String fileName;
    private String storedFile;
    private String headers;
    private String mapping;
    @Enumerated(EnumType.STRING)
    private ImportMode mode;
    @Enumerated(EnumType.STRING)
    private ImportStatus status = ImportStatus.UPLOADED;
    private int totalRows;
    private int processedRows;
    private int inserted;
    private int updated;
    private int unchanged;
    private int failed;
    private String message;
    private String createdBy;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;

    protected ImportJob() {
    }

    ImportJob(String kind, String fileName, String storedFile, String headers, int totalRows, String createdBy,
            Instant now) {
        this.kind = kind;
        this.fileName = fileName;
        this.storedFile = storedFile;
        this.headers = headers;
        this.totalRows = totalRows;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void start(ImportMode mode, String mapping, Instant now) {
        this.mode = mode;
        this.mapping = mapping;
        this.status = ImportStatus.RUNNING;
        this.startedAt = now;
    }

    void progressed(int rows, ImportCounts counts) {
        processedRows += rows;
        inserted += counts.inserted();
        updated += counts.updated();
        unchanged += counts.unchanged();
        failed += counts.failed();
    }

    void finish(Instant now) {
        status = ImportStatus.of(counts());
        storedFile = null;
        finishedAt = now;
    }

    void abort(String message, Instant now) {
        this.status = ImportStatus.FAILED;
        this.message = message;
        this.storedFile = null;
        this.finishedAt = now;
    }

    ImportCounts counts() {
        return new ImportCounts(inserted, updated, unchanged, failed);
    }

    Long getId() {
        return id;
    }

    String getKind() {
        return kind;
    }

    String getFileName() {
        return fileName;
    }

    String getStoredFile() {
        return storedFile;
    }

    String getHeaders() {
        return headers;
    }

    String getMapping() {
        return mapping;
    }

    ImportMode getMode() {
        return mode;
    }

    ImportStatus getStatus() {
        return status;
    }

    int getTotalRows() {
        return totalRows;
    }

    int getProcessedRows() {
        return processedRows;
    }

    String getMessage() {
        return message;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
