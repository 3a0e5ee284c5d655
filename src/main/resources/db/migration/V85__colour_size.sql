-- Colour × size: how an order's quantity splits over colours and sizes (entered), and how much of each cell a
-- factory's daily output report covers (the report's total stays in production_output, which the monitors read).
CREATE TABLE order_size_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NOT NULL,
    seq INT NOT NULL,
    colour VARCHAR(40) NOT NULL,
    size_label VARCHAR(16) NOT NULL,
    quantity INT NOT NULL,
    CONSTRAINT fk_order_size_line_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT uk_order_size_line UNIQUE (order_id, colour, size_label)
);

CREATE TABLE production_output_size (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    output_id BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    stage VARCHAR(16) NOT NULL,
    colour VARCHAR(40) NOT NULL,
    size_label VARCHAR(16) NOT NULL,
    quantity INT NOT NULL,
    CONSTRAINT fk_production_output_size_output FOREIGN KEY (output_id) REFERENCES production_output (id),
    CONSTRAINT fk_production_output_size_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX ix_production_output_size_order ON production_output_size (order_id, stage);
