-- Routine (P2/P3) alerts raised outside the company's working hours wait here for its next working period and are
-- then delivered; released_at is set once they went out. One waits per exception and person: reminders of the same
-- alert during the night join it instead of piling up for the morning.
CREATE TABLE held_alert (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    exception_id  BIGINT        NOT NULL,
    recipient     VARCHAR(64)   NOT NULL,
    round_no      INT           NOT NULL,
    priority      VARCHAR(8)    NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    link          VARCHAR(500),
    held_at       TIMESTAMP     NOT NULL,
    release_at    TIMESTAMP     NOT NULL,
    released_at   TIMESTAMP     NULL,
    merged_rounds INT           NOT NULL
);
CREATE INDEX ix_held_alert_release ON held_alert (released_at, release_at);
CREATE INDEX ix_held_alert_exception ON held_alert (exception_id, recipient);
