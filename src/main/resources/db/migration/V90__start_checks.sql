-- The start checks of an order (processes/order-start-checks.bpmn): the customer's credit, and each material line
-- against the stock on hand, a shortage becoming a purchase request to the line's supplier.
ALTER TABLE customer ADD credit_limit DECIMAL(15, 2);
ALTER TABLE customer ADD credit_currency VARCHAR(3);
ALTER TABLE customer ADD overdue_amount DECIMAL(15, 2);

-- optional: an order without a price adds nothing to its customer's exposure
ALTER TABLE orders ADD unit_price DECIMAL(15, 4);
ALTER TABLE orders ADD credit_check VARCHAR(16);
ALTER TABLE orders ADD credit_note VARCHAR(255);

ALTER TABLE material_line ADD supply VARCHAR(24);

CREATE TABLE stock_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    material    VARCHAR(128)   NOT NULL,
    quantity    DECIMAL(15, 2) NOT NULL,
    unit        VARCHAR(16),
    updated_at  TIMESTAMP      NOT NULL,
    version     BIGINT         NOT NULL,
    CONSTRAINT uk_stock_item_material UNIQUE (material)
);

CREATE TABLE purchase_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_no       VARCHAR(40)    NOT NULL,
    line_no        INT            NOT NULL,
    supplier_id    BIGINT         NOT NULL,
    material       VARCHAR(128)   NOT NULL,
    quantity       DECIMAL(15, 2),
    unit           VARCHAR(16),
    needed_by      DATE,
    promised_date  DATE,
    requested_at   TIMESTAMP      NOT NULL,
    answered_at    TIMESTAMP,
    version        BIGINT         NOT NULL,
    CONSTRAINT fk_purchase_request_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_purchase_request_line UNIQUE (order_no, line_no)
);
CREATE INDEX ix_purchase_request_supplier ON purchase_request (supplier_id, promised_date);
