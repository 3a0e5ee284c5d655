-- Rush-order simulation benchmark: @n open orders spread over the three bench factories (order i to factory i % 3),
-- due today+20..199 days, each with its sewing milestones (start 27 days and end 12 days before its due date, as the
-- standard woven template has them): what the simulation reads. Run by run.sh after the app created the schema and
-- the factories were registered through the API. MariaDB 10.11 (sequence engine).
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

INSERT IGNORE INTO customer (name, created_at, version)
SELECT CONCAT('Bench Customer ', seq), @now, 0 FROM seq_0_to_7;

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id, merchandiser,
                    business_owner, template_code, status, stage, forecast_delivery_date, delay_days,
                    process_instance_id, request_fingerprint, cancel_reason, created_at, updated_at, version)
SELECT CONCAT('CB-', LPAD(s.seq, 6, '0')),
       (SELECT c.id FROM customer c WHERE c.name = CONCAT('Bench Customer ', s.seq % 8)),
       CONCAT('Style ', s.seq % 97),
       'WOVEN',
       500 + (s.seq * 37) % 2500,
       @today + INTERVAL (20 + (s.seq * 7919) % 180) DAY,
       (SELECT f.id FROM factory f WHERE f.code = CONCAT('F-CB', s.seq % 3)),
       'merch', 'owner', 'WOVEN_STANDARD', 'OPEN', 'MATERIALS',
       @today + INTERVAL (20 + (s.seq * 7919) % 180) DAY, 0, NULL, SHA2(CONCAT('capacity-bench-', s.seq), 256), NULL,
       @now, @now, 0
FROM seq_1_to_100000 s
WHERE s.seq <= @n;

INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on, delivery_milestone,
                       planned_date, forecast_date)
SELECT o.id, 15, 'SEWING_START', '上线缝制', 'Sewing start', 'PRODUCTION', 'planner', 'CUTTING_START', FALSE,
       o.due_date - INTERVAL 27 DAY, o.due_date - INTERVAL 27 DAY
FROM orders o WHERE o.order_no LIKE 'CB-%';

INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on, delivery_milestone,
                       planned_date, forecast_date)
SELECT o.id, 19, 'SEWING_DONE', '缝制完成', 'Sewing done', 'PRODUCTION', 'planner', 'SEWING_START,CUTTING_DONE', FALSE,
       o.due_date - INTERVAL 12 DAY, o.due_date - INTERVAL 12 DAY
FROM orders o WHERE o.order_no LIKE 'CB-%';
