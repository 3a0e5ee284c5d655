-- How to reach a person (the Camunda user id, as everywhere else): contacts, preferred IM, and the in-app
-- heartbeat and "busy" mark that tell their presence.

CREATE TABLE person_contact (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id            VARCHAR(64)   NOT NULL,
    display_name       VARCHAR(128),
    -- +86 and 11 digits
    mobile             VARCHAR(20),
    email              VARCHAR(254),
    dingtalk_user_id   VARCHAR(64),
    wecom_user_id      VARCHAR(64),
    feishu_user_id     VARCHAR(64),
    -- DINGTALK, WECOM or FEISHU; NULL: the company's IM
    preferred_im       VARCHAR(16),
    last_heartbeat_at  TIMESTAMP,
    busy_until         TIMESTAMP,
    CONSTRAINT uk_person_contact_user UNIQUE (user_id)
);
