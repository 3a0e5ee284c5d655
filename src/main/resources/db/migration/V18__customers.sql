-- Customers in their own table: an order belongs to one, found or added by name when the order is entered; the
-- desk keeps their contacts and credit. Every name the orders already carry becomes a customer.
CREATE TABLE customer (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_customer_name UNIQUE (name)
);

INSERT INTO customer (name, created_at, version) SELECT DISTINCT customer, CURRENT_TIMESTAMP, 0 FROM orders;

ALTER TABLE orders ADD customer_id BIGINT;
UPDATE orders SET customer_id = (SELECT c.id FROM customer c WHERE c.name = orders.customer);
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
CREATE INDEX ix_orders_customer ON orders (customer_id);
ALTER TABLE orders DROP COLUMN customer;
