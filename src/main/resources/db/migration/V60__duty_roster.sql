-- The duty roster: who stands behind a role on a given day. A role without a rotation is stood behind by all its
-- members, as before. A rotation hands the role to its members in turn (members: user ids in turn order, comma
-- separated), shift_days each, counted from starts_on; its deputy is who an escalation reaches once the role's
-- people on duty were alerted. A leave hands a person's duties to a named deputy; an override names who stands
-- behind a role for some days, whatever the rotation says.
CREATE TABLE duty_rotation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    role_id    VARCHAR(32)  NOT NULL,
    members    VARCHAR(1000) NOT NULL,
    shift_days INT          NOT NULL,
    starts_on  DATE         NOT NULL,
    deputy     VARCHAR(64),
    updated_by VARCHAR(64)  NOT NULL,
    updated_at TIMESTAMP    NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_duty_rotation_role UNIQUE (role_id)
);

CREATE TABLE duty_leave (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    from_date  DATE         NOT NULL,
    to_date    DATE         NOT NULL,
    deputy     VARCHAR(64)  NOT NULL,
    reason     VARCHAR(200),
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
CREATE INDEX ix_duty_leave_user ON duty_leave (user_id, to_date);

CREATE TABLE duty_override (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    role_id    VARCHAR(32)  NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    from_date  DATE         NOT NULL,
    to_date    DATE         NOT NULL,
    reason     VARCHAR(200),
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
CREATE INDEX ix_duty_override_role ON duty_override (role_id, to_date);
