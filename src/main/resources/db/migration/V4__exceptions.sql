-- Exceptions (异常) raised by the monitors, their timeline, the actions taken, and the in-app inbox.

CREATE TABLE order_exception (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id                BIGINT        NOT NULL,
    order_no                VARCHAR(40)   NOT NULL,
    type                    VARCHAR(32)   NOT NULL,
    subject                 VARCHAR(64)   NOT NULL,
    -- order_no|type|subject while the exception is open, NULL once closed: at most one open per subject.
    open_key                VARCHAR(160),
    status                  VARCHAR(16)   NOT NULL,
    priority                VARCHAR(2),
    stage                   VARCHAR(16)   NOT NULL,
    delay_days              INT           NOT NULL,
    value_share             DECIMAL(6, 4) NOT NULL,
    owner_role              VARCHAR(32),
    factory_code            VARCHAR(32),
    supplier_code           VARCHAR(32),
    title                   VARCHAR(255)  NOT NULL,
    detail                  VARCHAR(1000),
    roles                   VARCHAR(255),
    escalation_level        INT           NOT NULL,
    response_due_at         TIMESTAMP,
    plan_due_at             TIMESTAMP,
    detected_at             TIMESTAMP     NOT NULL,
    last_seen_at            TIMESTAMP     NOT NULL,
    condition_cleared_at    TIMESTAMP,
    notified_at             TIMESTAMP,
    confirmed_at            TIMESTAMP,
    confirmed_by            VARCHAR(64),
    solution_plan           VARCHAR(2000),
    expected_recovery_date  DATE,
    plan_submitted_at       TIMESTAMP,
    plan_submitted_by       VARCHAR(64),
    resolved_at             TIMESTAMP,
    closed_at               TIMESTAMP,
    closed_by               VARCHAR(64),
    root_cause              VARCHAR(2000),
    measures                VARCHAR(2000),
    delivery_impact_days    INT,
    lessons_learned         VARCHAR(2000),
    process_instance_id     VARCHAR(64),
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_order_exception_open UNIQUE (open_key),
    CONSTRAINT fk_order_exception_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX ix_order_exception_status ON order_exception (status, type);
CREATE INDEX ix_order_exception_order ON order_exception (order_no);

CREATE TABLE exception_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    exception_id  BIGINT        NOT NULL,
    at            TIMESTAMP     NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    actor         VARCHAR(64),
    detail        VARCHAR(1000),
    CONSTRAINT fk_exception_event_exception FOREIGN KEY (exception_id) REFERENCES order_exception (id)
);
CREATE INDEX ix_exception_event_exception ON exception_event (exception_id, at);

CREATE TABLE exception_action (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    exception_id    BIGINT        NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    milestone_code  VARCHAR(32),
    new_date        DATE,
    evidence_url    VARCHAR(500),
    taken_by        VARCHAR(64)   NOT NULL,
    taken_at        TIMESTAMP     NOT NULL,
    CONSTRAINT fk_exception_action_exception FOREIGN KEY (exception_id) REFERENCES order_exception (id)
);

CREATE TABLE inbox_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(64)   NOT NULL,
    exception_id  BIGINT,
    round         INT           NOT NULL,
    priority      VARCHAR(2),
    title         VARCHAR(255)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    link          VARCHAR(500),
    created_at    TIMESTAMP     NOT NULL,
    read_at       TIMESTAMP,
    CONSTRAINT uk_inbox_message UNIQUE (exception_id, recipient, round)
);
CREATE INDEX ix_inbox_message_recipient ON inbox_message (recipient, read_at);
