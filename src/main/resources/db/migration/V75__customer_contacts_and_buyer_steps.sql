-- A customer's people: the buyer page signs them in by phone or email; opt_in asks for an email when a shown step
-- is reached or its forecast slips past its date. Phone and email are kept as typed and normalised (digits only,
-- lower case) for sign-in look-ups.
CREATE TABLE customer_contact (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT       NOT NULL,
    name        VARCHAR(128) NOT NULL,
    phone       VARCHAR(32),
    email       VARCHAR(254),
    phone_key   VARCHAR(32),
    email_key   VARCHAR(254),
    opt_in      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_customer_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uk_customer_contact_phone UNIQUE (phone_key),
    CONSTRAINT uk_customer_contact_email UNIQUE (email_key)
);
CREATE INDEX ix_customer_contact_customer ON customer_contact (customer_id);

-- Which milestones of a template the buyer's page shows: the ones a buyer asks about, no internal steps.
ALTER TABLE template_milestone ADD buyer_visible BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE template_milestone SET buyer_visible = TRUE WHERE code IN ('ORDER_CONFIRMED', 'PP_SAMPLE', 'FABRIC_IN_HOUSE',
    'CUTTING_START', 'SEWING_START', 'FINAL_INSPECTION', 'EX_FACTORY', 'ETD', 'ETA');
