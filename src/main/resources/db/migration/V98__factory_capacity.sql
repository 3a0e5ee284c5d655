-- The capacity board and the rush-order simulation (插单评估): each factory's daily sewing capacity, and the
-- company's costs of taking in a rush order. A factory without a row sews the settings' default a day.
CREATE TABLE factory_capacity (
    factory_id    BIGINT       NOT NULL PRIMARY KEY,
    daily_pieces  INT          NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    CONSTRAINT fk_factory_capacity_factory FOREIGN KEY (factory_id) REFERENCES factory (id)
);

CREATE TABLE capacity_settings (
    id                        INT            NOT NULL PRIMARY KEY,
    default_daily_pieces      INT            NOT NULL,
    overtime_cost_per_piece   DECIMAL(10, 2) NOT NULL,
    overtime_max_percent      INT            NOT NULL,
    outsource_cost_per_piece  DECIMAL(10, 2) NOT NULL,
    finishing_days            INT            NOT NULL
);

INSERT INTO capacity_settings (id, default_daily_pieces, overtime_cost_per_piece, overtime_max_percent,
                               outsource_cost_per_piece, finishing_days)
VALUES (1, 500, 2.50, 30, 4.00, 5);
