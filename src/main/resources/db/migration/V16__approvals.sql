-- Changes requested on an order (fabric purchase change, delivery date change, extra cost) and the decision of
-- each approval level. The process change-approval.bpmn drives the levels; these tables keep what was decided.

CREATE TABLE approval_request (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id             BIGINT         NOT NULL,
    order_no             VARCHAR(40)    NOT NULL,
    -- FABRIC_PURCHASE_CHANGE, DELIVERY_DATE_CHANGE or EXTRA_COST
    kind                 VARCHAR(32)    NOT NULL,
    amount               DECIMAL(14, 2) NOT NULL,
    reason               VARCHAR(1000)  NOT NULL,
    new_value            VARCHAR(255),
    -- days a delivery date change moves the due date; 0 for the other kinds
    delay_days           INT            NOT NULL,
    requested_by         VARCHAR(64)    NOT NULL,
    requested_at         TIMESTAMP      NOT NULL,
    -- PENDING, APPROVED, REJECTED or WITHDRAWN
    status               VARCHAR(16)    NOT NULL,
    -- the approving roles in order, comma-separated, as decision ApprovalLevels gave them
    level_roles          VARCHAR(255),
    current_level        INT            NOT NULL,
    waiting_role         VARCHAR(32),
    closed_at            TIMESTAMP,
    process_instance_id  VARCHAR(64),
    version              BIGINT         NOT NULL,
    CONSTRAINT fk_approval_request_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX ix_approval_request_pending ON approval_request (status, waiting_role);
CREATE INDEX ix_approval_request_order ON approval_request (order_no);

CREATE TABLE approval_decision (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id           BIGINT         NOT NULL,
    order_id             BIGINT         NOT NULL,
    level_no             INT            NOT NULL,
    level_role           VARCHAR(32)    NOT NULL,
    approver             VARCHAR(64)    NOT NULL,
    -- APPROVE or REJECT
    decision             VARCHAR(16)    NOT NULL,
    comment_text         VARCHAR(1000),
    decided_at           TIMESTAMP      NOT NULL,
    CONSTRAINT uk_approval_decision_level UNIQUE (request_id, level_no),
    CONSTRAINT fk_approval_decision_request FOREIGN KEY (request_id) REFERENCES approval_request (id)
);
