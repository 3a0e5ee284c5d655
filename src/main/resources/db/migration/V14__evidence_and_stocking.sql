-- Evidence from the phone pages: photos and videos of a day's output or a finished milestone, QC reports of a
-- supplier. The file lives on disk under a random name (threadline.evidence.dir); the client's own file name is
-- kept here only for display.
CREATE TABLE evidence (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    -- OUTPUT, MILESTONE, SHIPMENT, STOCKING or QC_REPORT
    purpose         VARCHAR(16)   NOT NULL,
    -- what within the order it belongs to: a report date and stage, a milestone code, a material line number
    reference       VARCHAR(64),
    media_type      VARCHAR(32)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    stored_name     VARCHAR(64)   NOT NULL,
    thumbnail_name  VARCHAR(64),
    original_name   VARCHAR(255),
    uploaded_by     VARCHAR(64)   NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_evidence_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_evidence_stored_name UNIQUE (stored_name)
);
CREATE INDEX ix_evidence_order ON evidence (order_id, purpose);

-- A supplier's stocking progress (备料进度) of one material line; the newest report is the current one.
CREATE TABLE stocking_report (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    material_line_id  BIGINT        NOT NULL,
    ready_percent     INT           NOT NULL,
    note              VARCHAR(255),
    reported_by       VARCHAR(64)   NOT NULL,
    reported_at       TIMESTAMP     NOT NULL,
    CONSTRAINT fk_stocking_report_line FOREIGN KEY (material_line_id) REFERENCES material_line (id)
);
CREATE INDEX ix_stocking_report_line ON stocking_report (material_line_id, reported_at);
