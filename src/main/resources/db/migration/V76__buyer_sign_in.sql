-- One-time sign-in codes of the buyer page, stored as hashes: 5 minutes, single use, at most 5 tries.
CREATE TABLE buyer_code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    contact_id  BIGINT      NOT NULL,
    code_hash   VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    tries       INT         NOT NULL,
    used_at     TIMESTAMP,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT fk_buyer_code_contact FOREIGN KEY (contact_id) REFERENCES customer_contact (id)
);
CREATE INDEX ix_buyer_code_contact ON buyer_code (contact_id, created_at);

-- A signed-in buyer (by code: all the customer's orders; by share link: that one order). Only the token's hash.
CREATE TABLE buyer_session (
    token_hash  VARCHAR(64) PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    order_id    BIGINT,
    expires_at  TIMESTAMP   NOT NULL,
    CONSTRAINT fk_buyer_session_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- A link a merchandiser sends for one order: opens without a code until it expires, runs out of visits or is revoked.
CREATE TABLE share_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    order_id    BIGINT      NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    max_visits  INT         NOT NULL,
    visits      INT         NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT uk_share_link_token UNIQUE (token_hash),
    CONSTRAINT fk_share_link_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX ix_share_link_order ON share_link (order_id);
