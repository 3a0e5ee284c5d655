-- Spreadsheet and CSV imports (com.threadline.imports). A job is one uploaded file of one kind (orders, ...): its
-- columns as the file named them, the mapping of each to a field, and the counters the page's progress bar reads
-- while the job runs in the background.
CREATE TABLE import_job (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(32)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    -- where the upload waits until it has run; cleared when done
    stored_file     VARCHAR(500),
    -- JSON array of the file's header cells, in order
    headers         TEXT          NOT NULL,
    -- JSON object {header: field} the job ran with
    mapping         TEXT,
    mode            VARCHAR(16),
    status          VARCHAR(16)   NOT NULL,
    total_rows      INT           NOT NULL,
    processed_rows  INT           NOT NULL DEFAULT 0,
    inserted        INT           NOT NULL DEFAULT 0,
    updated         INT           NOT NULL DEFAULT 0,
    unchanged       INT           NOT NULL DEFAULT 0,
    failed          INT           NOT NULL DEFAULT 0,
    message         VARCHAR(1000),
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    started_at      TIMESTAMP     NULL,
    finished_at     TIMESTAMP     NULL
);
CREATE INDEX ix_import_job_owner ON import_job (created_by, created_at);

-- One failed row of a job: its cells as the file had them (JSON array, in the order of the job's headers) and its
-- problems (JSON array of {column, reason}), so the failed rows can be handed back as a file to fix.
CREATE TABLE import_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id    BIGINT   NOT NULL,
    line_no   INT      NOT NULL,
    cells     TEXT     NOT NULL,
    problems  TEXT     NOT NULL,
    CONSTRAINT fk_import_failure_job FOREIGN KEY (job_id) REFERENCES import_job (id)
);
CREATE INDEX ix_import_failure_job ON import_failure (job_id, line_no);

-- The company's remembered mapping: a file column named source_header is read as field of the kind, next time too.
CREATE TABLE import_mapping (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(32)   NOT NULL,
    source_header  VARCHAR(255)  NOT NULL,
    field          VARCHAR(64)   NOT NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    changed_at     TIMESTAMP     NOT NULL,
    CONSTRAINT uk_import_mapping UNIQUE (kind, source_header)
);
