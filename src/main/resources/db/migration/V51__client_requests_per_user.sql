-- Idempotency keys belong to the user who sent them and to the request (method and path) they came with, and keep a
-- hash of the body: another user's or another path's key is a new request, and a key sent again with a different
-- body is refused. Keys of the old table, kept per kind of input only, cannot be given an owner and are dropped:
-- they were there to absorb resends within minutes.
DROP TABLE client_request;
CREATE TABLE client_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- SHA-256 (hex) of the login, method and path: the space the key is unique in
    scope         VARCHAR(64)   NOT NULL,
    client_id     VARCHAR(64)   NOT NULL,
    login         VARCHAR(64)   NOT NULL,
    method        VARCHAR(8)    NOT NULL,
    -- for reading only; the scope holds the whole path
    path          VARCHAR(255)  NOT NULL,
    -- SHA-256 (hex) of the body (of a multipart body: of each part's name, file name, type and content)
    body_hash     VARCHAR(64)   NOT NULL,
    -- empty while the first request is still being handled
    status        INT,
    content_type  VARCHAR(100),
    body          LONGTEXT,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT uk_client_request UNIQUE (scope, client_id)
);
