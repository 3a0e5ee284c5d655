-- Evidence belongs to the party that sent it (a factory, a supplier, or our own staff), and only that party and our
-- staff see it, besides the parties a staff member shares it with. Files from before this are given to the party
-- their purpose names: production photos to the order's factory, a material line's files to the line's supplier,
-- anything else to staff alone.
ALTER TABLE evidence ADD COLUMN owner_kind VARCHAR(16);
ALTER TABLE evidence ADD COLUMN owner_id BIGINT;
UPDATE evidence SET owner_kind = 'COMPANY';
UPDATE evidence SET owner_kind = 'FACTORY',
        owner_id = (SELECT o.factory_id FROM orders o WHERE o.id = evidence.order_id)
    WHERE purpose IN ('OUTPUT', 'MILESTONE');
UPDATE evidence SET owner_kind = 'SUPPLIER',
        owner_id = (SELECT ml.supplier_id FROM material_line ml
                    WHERE ml.order_id = evidence.order_id AND CONCAT('', ml.line_no) = evidence.reference)
    WHERE purpose IN ('QC_REPORT', 'STOCKING', 'SHIPMENT')
      AND EXISTS (SELECT 1 FROM material_line ml
                  WHERE ml.order_id = evidence.order_id AND CONCAT('', ml.line_no) = evidence.reference);

-- A file a staff member showed to a party that did not send it: the order's factory or a supplier of its lines.
CREATE TABLE evidence_share (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    evidence_id  BIGINT       NOT NULL,
    -- FACTORY or SUPPLIER
    party_kind   VARCHAR(16)  NOT NULL,
    party_id     BIGINT       NOT NULL,
    shared_by    VARCHAR(64)  NOT NULL,
    shared_at    TIMESTAMP    NOT NULL,
    CONSTRAINT fk_evidence_share_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id),
    CONSTRAINT uk_evidence_share UNIQUE (evidence_id, party_kind, party_id)
);
