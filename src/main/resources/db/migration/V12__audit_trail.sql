-- Every change of an order and of the rows that belong to it (plan, materials, reports, exceptions), written by
-- com.threadline.audit in the transaction of the change. No foreign key: the trail is append-only and must not
-- cost the hot path a lookup.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    action       VARCHAR(8)   NOT NULL,
    -- JSON {field: [before, after]} of the fields that changed
    changes      TEXT         NOT NULL,
    who          VARCHAR(64)  NOT NULL,
    client       VARCHAR(64)  NOT NULL,
    address      VARCHAR(64),
    at           TIMESTAMP    NOT NULL
);
CREATE INDEX ix_audit_entry_order ON audit_entry (order_id, at);
