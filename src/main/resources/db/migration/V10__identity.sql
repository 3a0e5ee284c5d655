-- Who may sign in, for which organisation and in which roles. Camunda's identity tables are kept in sync with
-- these (users, role groups, memberships) so candidate groups and Tasklist work; Camunda holds no usable password.

CREATE TABLE organisation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- COMPANY (us), FACTORY or SUPPLIER
    kind         VARCHAR(16)  NOT NULL,
    name         VARCHAR(128) NOT NULL,
    factory_id   BIGINT,
    supplier_id  BIGINT,
    CONSTRAINT fk_organisation_factory FOREIGN KEY (factory_id) REFERENCES factory (id),
    CONSTRAINT fk_organisation_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uk_organisation_factory UNIQUE (factory_id),
    CONSTRAINT uk_organisation_supplier UNIQUE (supplier_id)
);

INSERT INTO organisation (kind, name) VALUES ('COMPANY', '本公司');
INSERT INTO organisation (kind, name, factory_id) SELECT 'FACTORY', name, id FROM factory;
INSERT INTO organisation (kind, name, supplier_id) SELECT 'SUPPLIER', name, id FROM supplier;

CREATE TABLE app_user (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- also the Camunda user id: letters and digits only
    login            VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(128) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    CONSTRAINT uk_app_user_login UNIQUE (login),
    CONSTRAINT fk_app_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL,
    -- gm, businessOwner, merchandiser, purchaser, planner, tech, qc, admin, factory, supplier
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
