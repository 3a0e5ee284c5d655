-- Dashboard benchmark: @n orders over 3 factories, 4 suppliers, 40 customers and 4 merchandisers, set-based, after
-- the app created the schema (Flyway). MariaDB 10.11 (sequence engine). Then seed-milestones.sql (the buyer
-- benchmark's, ~29 milestones per order) in chunks.
--
-- Like a few years' books: 70% delivered (due 1..730 days ago, one in four late by 1..9 days), 3% cancelled, the
-- rest open (due today+5..150 days, in every stage, one in seven forecast late); two material lines per order; an
-- exception for three orders in five, graded P0..P3, confirmed after 1..120 minutes and most P0/P1 with a plan.
--
-- Usage: { echo "SET @n = 50000;"; cat seed.sql; } | mysql DB
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

INSERT INTO factory (code, name, city) VALUES ('F-B1', '基准一厂', '宁波'), ('F-B2', '基准二厂', '苏州'),
    ('F-B3', '基准三厂', '东莞');
INSERT INTO supplier (code, name, category, transit_days) VALUES ('S-B1', '基准面料一', 'FABRIC', 5),
    ('S-B2', '基准面料二', 'FABRIC', 4), ('S-B3', '基准辅料一', 'TRIMS', 3), ('S-B4', '基准辅料二', 'TRIMS', 2);
INSERT IGNORE INTO customer (name, created_at, version)
SELECT CONCAT('Bench Customer ', seq), @now, 0 FROM seq_0_to_39;

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id, merchandiser,
                    business_owner, template_code, status, stage, plan_stage, forecast_delivery_date, delay_days,
                    request_fingerprint, cancel_reason, created_at, updated_at, version)
SELECT CONCAT('BD-', LPAD(x.seq, 6, '0')),
       (SELECT c.id FROM customer c WHERE c.name = CONCAT('Bench Customer ', x.seq % 40)),
       CONCAT('Style ', x.seq % 997),
       ELT(1 + x.seq % 3, 'WOVEN', 'KNIT', 'DENIM'),
       500 + (x.seq * 37) % 2500,
       x.due_date,
       (SELECT f.id FROM factory f WHERE f.code = CONCAT('F-B', 1 + x.seq % 3)),
       ELT(1 + x.seq % 4, 'merch', 'merch2', 'merch3', 'merch4'),
       'owner',
       ELT(1 + x.seq % 3, 'WOVEN_STANDARD', 'KNIT_STANDARD', 'DENIM_STANDARD'),
       x.status,
       IF(x.status = 'OPEN', ELT(1 + (x.seq DIV 3) % 5, 'DESIGN', 'MATERIALS', 'PRODUCTION', 'QC', 'LOGISTICS'),
          'LOGISTICS'),
       IF(x.status = 'OPEN', ELT(1 + (x.seq DIV 3) % 5, 'DESIGN', 'MATERIALS', 'PRODUCTION', 'QC', 'LOGISTICS'),
          'LOGISTICS'),
       x.due_date + INTERVAL x.delay_days DAY,
       x.delay_days,
       SHA2(CONCAT('dashboard-bench-', x.seq), 256),
       IF(x.status = 'CANCELLED', 'bench', NULL),
       TIMESTAMP(x.due_date - INTERVAL (90 + x.seq % 30) DAY, '02:00:00'),
       @now,
       0
FROM (SELECT s.seq,
             CASE WHEN s.seq % 100 < 70 THEN 'DELIVERED' WHEN s.seq % 100 < 73 THEN 'CANCELLED' ELSE 'OPEN' END
                 AS status,
             CASE WHEN s.seq % 100 < 73 THEN @today - INTERVAL (1 + (s.seq * 7919) % 730) DAY
                  ELSE @today + INTERVAL (5 + (s.seq * 7919) % 146) DAY END AS due_date,
             CASE WHEN s.seq % 100 < 70 AND s.seq % 4 = 1 THEN 1 + s.seq % 9
                  WHEN s.seq % 100 >= 73 AND s.seq % 7 = 3 THEN 2 + s.seq % 6 ELSE 0 END AS delay_days
      FROM seq_1_to_1000000 s
      WHERE s.seq <= @n) x;

INSERT INTO material_line (order_id, line_no, kind, description, supplier_id, quantity, unit)
SELECT o.id, l.seq, IF(l.seq = 1, 'FABRIC', 'TRIMS'), IF(l.seq = 1, 'shell fabric', 'zips'),
       (SELECT s.id FROM supplier s WHERE s.code = CONCAT('S-B', IF(l.seq = 1, 1, 3) + o.id % 2)), 1000, 'm'
FROM orders o JOIN seq_1_to_2 l
WHERE o.order_no LIKE 'BD-%';

INSERT INTO order_exception (order_id, order_no, type, subject, status, priority, stage, delay_days, value_share,
                             title, escalation_level, response_due_at, plan_due_at, detected_at, last_seen_at,
                             confirmed_at, plan_submitted_at, closed_at, version)
SELECT x.id, x.order_no, 'DELIVERY_DELAY', 'ORDER', IF(x.status = 'OPEN', 'CONFIRMED', 'CLOSED'), x.priority,
       'PRODUCTION', 1 + x.id % 9, 1.0, 'bench', 0,
       CASE x.priority WHEN 'P0' THEN x.detected + INTERVAL 30 MINUTE WHEN 'P1' THEN x.detected + INTERVAL 30 MINUTE
            WHEN 'P2' THEN x.detected + INTERVAL 60 MINUTE END,
       CASE x.priority WHEN 'P0' THEN x.detected + INTERVAL 120 MINUTE WHEN 'P1' THEN x.detected + INTERVAL 240 MINUTE
            END,
       x.detected, x.detected,
       x.detected + INTERVAL (1 + (x.id * 31) % 120) MINUTE,
       IF(x.priority IN ('P0', 'P1') AND x.id % 5 <> 0, x.detected + INTERVAL (20 + (x.id * 17) % 400) MINUTE, NULL),
       IF(x.status = 'OPEN', NULL, x.detected + INTERVAL 3 DAY),
       0
FROM (SELECT o.id, o.order_no, o.status, ELT(1 + o.id % 4, 'P0', 'P1', 'P2', 'P3') AS priority,
             TIMESTAMP(o.due_date - INTERVAL (10 + o.id % 40) DAY, SEC_TO_TIME((o.id * 7919) % 86400)) AS detected
      FROM orders o
      WHERE o.order_no LIKE 'BD-%' AND o.id % 5 < 3) x;
