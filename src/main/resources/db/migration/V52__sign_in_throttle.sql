-- Failed sign-ins counted per login (whether it exists or not) and per client address; a subject with too many
-- failures in a row is locked until locked_until, or until the administrator lifts the lock.
CREATE TABLE sign_in_lock (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- LOGIN or ADDRESS
    subject_kind     VARCHAR(8)    NOT NULL,
    subject          VARCHAR(255)  NOT NULL,
    failures         INT           NOT NULL,
    last_failure_at  TIMESTAMP     NOT NULL,
    locked_until     TIMESTAMP     NULL,
    CONSTRAINT uk_sign_in_lock UNIQUE (subject_kind, subject)
);

-- The security audit trail: failed sign-ins, locks, sign-ins refused while locked, locks lifted by the administrator.
CREATE TABLE sign_in_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        TIMESTAMP     NOT NULL,
    -- FAILED, LOCKED, REFUSED or UNLOCKED
    event     VARCHAR(16)   NOT NULL,
    -- the login tried (or whose lock was lifted), as typed
    login     VARCHAR(255),
    address   VARCHAR(64),
    -- for UNLOCKED: the administrator who lifted it
    done_by   VARCHAR(64)
);
CREATE INDEX ix_sign_in_event_at ON sign_in_event (at);

-- The first administrator of a real (not demo) database signs in with the well-known initial password once: the
-- next page they see makes them change it.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
