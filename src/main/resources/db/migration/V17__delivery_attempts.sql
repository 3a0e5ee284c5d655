-- The delivery log keeps every attempt: notification_delivery (V7) stays the one row per (exception, round, person,
-- channel) that makes sending idempotent and carries the read receipt; delivery_attempt has one row per call to the
-- provider (and per inbox message written), numbered from 1 per delivery, written in the same transaction that
-- updates its delivery row. A channel that was skipped (off, no address) made no call and has no attempt row.

CREATE TABLE delivery_attempt (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    delivery_id          BIGINT        NOT NULL,
    attempt_no           INT           NOT NULL,
    -- SENT or FAILED
    status               VARCHAR(16)   NOT NULL,
    provider_message_id  VARCHAR(128),
    error                VARCHAR(500),
    started_at           TIMESTAMP(3)  NOT NULL,
    -- how long the provider took to answer; a column of its own because Connector/J drops the fractional seconds
    -- of timestamps on MariaDB
    duration_ms          BIGINT        NOT NULL,
    CONSTRAINT fk_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES notification_delivery (id),
    CONSTRAINT uk_delivery_attempt UNIQUE (delivery_id, attempt_no)
);

-- Before V17 only the last attempt of each delivery was kept; it becomes that delivery's attempt row, under its own
-- number, so that later attempts go on counting from there. The earlier attempts' errors are lost.
INSERT INTO delivery_attempt (delivery_id, attempt_no, status, provider_message_id, error, started_at, duration_ms)
SELECT id, attempts, status, provider_message_id, error, last_attempt_at, 0
FROM notification_delivery
WHERE attempts > 0;
