-- What the exception monitors read: factory daily output, planned capacity, material shipments and arrivals,
-- logistics events and tech-pack versions. Every input row keeps who reported it (a login), when the server
-- took it, and the channel it came through (MANUAL or API).

ALTER TABLE material_line ADD COLUMN carrier VARCHAR(64);
ALTER TABLE material_line ADD COLUMN tracking_no VARCHAR(64);

-- One row per order, day and stage; a second report for the same day corrects the quantity.
CREATE TABLE production_output (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    report_date  DATE         NOT NULL,
    stage        VARCHAR(16)  NOT NULL,
    quantity     INT          NOT NULL,
    reported_by  VARCHAR(64)  NOT NULL,
    reported_at  TIMESTAMP    NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_production_output_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_production_output UNIQUE (order_id, report_date, stage)
);

-- The planned daily output of a stage over a date range; one plan per order and stage, replaced as a whole.
CREATE TABLE capacity_plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT       NOT NULL,
    stage           VARCHAR(16)  NOT NULL,
    daily_quantity  INT          NOT NULL,
    from_date       DATE         NOT NULL,
    to_date         DATE         NOT NULL,
    reported_by     VARCHAR(64)  NOT NULL,
    reported_at     TIMESTAMP    NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_capacity_plan_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_capacity_plan UNIQUE (order_id, stage)
);

-- Every shipment and arrival report of a material line as sent; material_line keeps the latest state.
CREATE TABLE material_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    line_no      INT          NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    event_date   DATE         NOT NULL,
    carrier      VARCHAR(64),
    tracking_no  VARCHAR(64),
    eta          DATE,
    reported_by  VARCHAR(64)  NOT NULL,
    reported_at  TIMESTAMP    NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_material_event_line FOREIGN KEY (order_id, line_no) REFERENCES material_line (order_id, line_no)
);

-- Bookings, departures and arrivals, expected and actual; each report is kept.
CREATE TABLE logistics_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    expected_at  TIMESTAMP    NULL,
    actual_at    TIMESTAMP    NULL,
    reference    VARCHAR(64),
    reported_by  VARCHAR(64)  NOT NULL,
    reported_at  TIMESTAMP    NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_logistics_event_order FOREIGN KEY (order_id) REFERENCES orders (id)
);

CREATE TABLE tech_pack_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    version      VARCHAR(32)  NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    summary      VARCHAR(255),
    reported_by  VARCHAR(64)  NOT NULL,
    reported_at  TIMESTAMP    NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_tech_pack_version_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_tech_pack_version UNIQUE (order_id, version)
);
