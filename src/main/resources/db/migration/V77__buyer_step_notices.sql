-- The emails sent to a customer's opted-in contacts about an order's buyer-facing step: once when it is reached,
-- once when its forecast first slips past its planned date.
CREATE TABLE buyer_step_notice (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id  BIGINT      NOT NULL,
    code      VARCHAR(32) NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    sent_at   TIMESTAMP   NOT NULL,
    CONSTRAINT uk_buyer_step_notice UNIQUE (order_id, code, kind),
    CONSTRAINT fk_buyer_step_notice_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
