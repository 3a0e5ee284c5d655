-- Monitor benchmark, measurement only: millisecond server-side marks of what the trigger latency is made of.
-- The app's own timestamps cannot serve: on MariaDB 10.11 mysql-connector-j sees the server as "5.5.5-..."
-- (MariaDB's handshake prefix) and drops fractional seconds, and Camunda's DATETIME columns keep whole
-- seconds. These triggers write the database clock (SYSDATE(6), same machine clock as the client) when
-- a row is written, into a table of their own; the app's tables and data stay as they are.
--   detected     order_exception inserted (ExceptionRegistry saves it as soon as the monitor found it)
--   job_created  an async job (the first notification) inserted; ref = process instance id
--   job_locked   the job executor acquired it; ref = process instance id
--   notified     the exception's NOTIFIED timeline event inserted (flushed just before the job commits)
--   inbox        the first round-1 inbox message inserted
CREATE TABLE bench_mark (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    what   VARCHAR(16)    NOT NULL,
    ref    VARCHAR(64)    NOT NULL,
    at_ms  DECIMAL(16, 3) NOT NULL,
    KEY ix_bench_mark (what, ref)
);

DELIMITER ;;
CREATE TRIGGER bench_exception_detected AFTER INSERT ON order_exception FOR EACH ROW
    INSERT INTO bench_mark (what, ref, at_ms) VALUES ('detected', NEW.id, UNIX_TIMESTAMP(SYSDATE(6)) * 1000);;
CREATE TRIGGER bench_exception_notified AFTER INSERT ON exception_event FOR EACH ROW
BEGIN
    IF NEW.kind = 'NOTIFIED' THEN
        INSERT INTO bench_mark (what, ref, at_ms) VALUES ('notified', NEW.exception_id, UNIX_TIMESTAMP(SYSDATE(6)) * 1000);
    END IF;
END;;
CREATE TRIGGER bench_inbox AFTER INSERT ON inbox_message FOR EACH ROW
BEGIN
    IF NEW.round = 1 THEN
        INSERT INTO bench_mark (what, ref, at_ms) VALUES ('inbox', NEW.exception_id, UNIX_TIMESTAMP(SYSDATE(6)) * 1000);
    END IF;
END;;
CREATE TRIGGER bench_job_created AFTER INSERT ON ACT_RU_JOB FOR EACH ROW
BEGIN
    IF NEW.TYPE_ = 'message' THEN
        INSERT INTO bench_mark (what, ref, at_ms) VALUES ('job_created', NEW.PROCESS_INSTANCE_ID_, UNIX_TIMESTAMP(SYSDATE(6)) * 1000);
    END IF;
END;;
CREATE TRIGGER bench_job_locked AFTER UPDATE ON ACT_RU_JOB FOR EACH ROW
BEGIN
    IF NEW.TYPE_ = 'message' AND NEW.LOCK_OWNER_ IS NOT NULL AND OLD.LOCK_OWNER_ IS NULL THEN
        INSERT INTO bench_mark (what, ref, at_ms) VALUES ('job_locked', NEW.PROCESS_INSTANCE_ID_, UNIX_TIMESTAMP(SYSDATE(6)) * 1000);
    END IF;
END;;
DELIMITER ;
