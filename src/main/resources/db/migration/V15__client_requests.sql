-- Inputs sent from a phone carry a client-generated id (header Idempotency-Key). The first request with an id
-- claims the row; its answer is kept so a resend after a lost connection gets the same answer and changes nothing.
CREATE TABLE client_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- OUTPUT, MILESTONE_ACTUAL, SHIPMENT, STOCKING or EVIDENCE
    kind          VARCHAR(32)   NOT NULL,
    client_id     VARCHAR(64)   NOT NULL,
    -- empty while the first request is still being handled
    status        INT,
    content_type  VARCHAR(100),
    body          LONGTEXT,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_client_request UNIQUE (kind, client_id)
);
