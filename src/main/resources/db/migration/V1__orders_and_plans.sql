-- Business data of Threadline. The Camunda engine keeps its own ACT_* tables.

CREATE TABLE factory (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    city        VARCHAR(64),
    contact     VARCHAR(64),
    phone       VARCHAR(32),
    CONSTRAINT uk_factory_code UNIQUE (code)
);

CREATE TABLE supplier (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(128) NOT NULL,
    category      VARCHAR(16)  NOT NULL,
    transit_days  INT          NOT NULL,
    contact       VARCHAR(64),
    phone         VARCHAR(32),
    CONSTRAINT uk_supplier_code UNIQUE (code)
);

CREATE TABLE milestone_template (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    product_type    VARCHAR(32)  NOT NULL,
    min_lead_days   INT          NOT NULL,
    max_lead_days   INT          NOT NULL,
    CONSTRAINT uk_milestone_template_code UNIQUE (code)
);

CREATE TABLE template_milestone (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id         BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    code                VARCHAR(32)  NOT NULL,
    name_zh             VARCHAR(64)  NOT NULL,
    name_en             VARCHAR(64)  NOT NULL,
    stage               VARCHAR(16)  NOT NULL,
    owner_role          VARCHAR(32)  NOT NULL,
    offset_days         INT          NOT NULL,
    depends_on          VARCHAR(255),
    delivery_milestone  BOOLEAN      NOT NULL,
    CONSTRAINT fk_template_milestone_template FOREIGN KEY (template_id) REFERENCES milestone_template (id),
    CONSTRAINT uk_template_milestone UNIQUE (template_id, code)
);

CREATE TABLE orders (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_no                VARCHAR(40)  NOT NULL,
    customer                VARCHAR(128) NOT NULL,
    style                   VARCHAR(64)  NOT NULL,
    product_type            VARCHAR(32)  NOT NULL,
    quantity                INT          NOT NULL,
    due_date                DATE         NOT NULL,
    factory_id              BIGINT       NOT NULL,
    merchandiser            VARCHAR(64)  NOT NULL,
    business_owner          VARCHAR(64)  NOT NULL,
    template_code           VARCHAR(32)  NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    stage                   VARCHAR(16)  NOT NULL,
    forecast_delivery_date  DATE,
    delay_days              INT          NOT NULL,
    process_instance_id     VARCHAR(64),
    request_fingerprint     VARCHAR(64)  NOT NULL,
    cancel_reason           VARCHAR(255),
    created_at              TIMESTAMP    NOT NULL,
    updated_at              TIMESTAMP    NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT uk_orders_order_no UNIQUE (order_no),
    CONSTRAINT fk_orders_factory FOREIGN KEY (factory_id) REFERENCES factory (id)
);
CREATE INDEX ix_orders_stage ON orders (status, stage);
CREATE INDEX ix_orders_due_date ON orders (due_date);
CREATE INDEX ix_orders_delay ON orders (delay_days);

CREATE TABLE material_line (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT       NOT NULL,
    line_no       INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    description   VARCHAR(128) NOT NULL,
    supplier_id   BIGINT       NOT NULL,
    quantity      DECIMAL(12, 2),
    unit          VARCHAR(16),
    po_due_date   DATE,
    shipped_date  DATE,
    eta           DATE,
    arrival_date  DATE,
    CONSTRAINT fk_material_line_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_material_line_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_material_line UNIQUE (order_id, line_no)
);

CREATE TABLE milestone (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id            BIGINT       NOT NULL,
    seq                 INT          NOT NULL,
    code                VARCHAR(32)  NOT NULL,
    name_zh             VARCHAR(64)  NOT NULL,
    name_en             VARCHAR(64)  NOT NULL,
    stage               VARCHAR(16)  NOT NULL,
    owner_role          VARCHAR(32)  NOT NULL,
    depends_on          VARCHAR(255),
    delivery_milestone  BOOLEAN      NOT NULL,
    planned_date        DATE         NOT NULL,
    expected_date       DATE,
    forecast_date       DATE         NOT NULL,
    actual_date         DATE,
    slip_reason         VARCHAR(255),
    CONSTRAINT fk_milestone_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_milestone UNIQUE (order_id, code)
);

-- A factory or supplier report that arrived before the order's process was waiting for it.
CREATE TABLE early_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_no     VARCHAR(40)  NOT NULL,
    message_name VARCHAR(64)  NOT NULL,
    received_at  TIMESTAMP    NOT NULL,
    CONSTRAINT uk_early_report UNIQUE (order_no, message_name)
);
