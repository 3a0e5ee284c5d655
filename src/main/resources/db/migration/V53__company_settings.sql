-- Settings of the company as a whole, changed by the administrator. customer-name-to-partners: whether factories'
-- and suppliers' people see the end customer's name (many exporters keep their buyers from their factories).
CREATE TABLE company_setting (
    name           VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(255)  NOT NULL,
    changed_by     VARCHAR(64),
    changed_at     TIMESTAMP     NULL
);
INSERT INTO company_setting (name, setting_value) VALUES ('customer-name-to-partners', 'false');
