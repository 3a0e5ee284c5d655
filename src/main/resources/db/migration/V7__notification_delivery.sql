-- The delivery log: one row per (exception, round, person, channel), updated on every attempt. A row with status
-- SENT is what keeps a retried job or a restart from sending the same alert on the same channel twice.

CREATE TABLE notification_delivery (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    exception_id         BIGINT        NOT NULL,
    round                INT           NOT NULL,
    recipient            VARCHAR(64)   NOT NULL,
    -- INBOX, DINGTALK, WECOM, FEISHU, SMS, VOICE or EMAIL
    channel              VARCHAR(16)   NOT NULL,
    -- SENT or FAILED (the last attempt's outcome)
    status               VARCHAR(16)   NOT NULL,
    attempts             INT           NOT NULL,
    provider_message_id  VARCHAR(128),
    error                VARCHAR(500),
    first_attempt_at     TIMESTAMP     NOT NULL,
    last_attempt_at      TIMESTAMP     NOT NULL,
    sent_at              TIMESTAMP,
    read_at              TIMESTAMP,
    CONSTRAINT uk_notification_delivery UNIQUE (exception_id, round, recipient, channel)
);
CREATE INDEX ix_notification_delivery_recipient ON notification_delivery (recipient, last_attempt_at);
