-- Risk benchmark: @h delivered orders to learn from, set-based (MariaDB 10.11, sequence engine). Run after
-- ../monitoring/seed-orders.sql registered the factories (F-NB, F-SZ, F-DG) and suppliers (S-KQ, S-CZ fabric; S-YW
-- trims) and the bench customers. A signal the model should find, fixed per order by a hash of its number:
--   fabric from S-CZ for every 4th order, 5..12 days late -> late with 80%
--   otherwise F-DG late with 60%, the other factories 12%; a late order slips 3..15 days, growing through production.
-- Due dates spread over the 400 days that end 40 days ago; every milestone has happened.
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

DROP TEMPORARY TABLE IF EXISTS bench_factory;
CREATE TEMPORARY TABLE bench_factory AS SELECT id, code, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i FROM factory;
SET @nf = (SELECT COUNT(*) FROM bench_factory);

DROP TEMPORARY TABLE IF EXISTS bench_history;
CREATE TEMPORARY TABLE bench_history AS
SELECT x.seq, x.order_no, x.due, x.factory_id, x.fabric_late, x.template_code,
       IF(CRC32(CONCAT('late-', x.seq)) % 1000 < IF(x.fabric_late > 0, 800, IF(x.factory_code = 'F-DG', 600, 120)),
          3 + x.seq % 13, 0) AS delay
FROM (SELECT s.seq, CONCAT('RB-', LPAD(s.seq, 6, '0')) AS order_no,
             @today - INTERVAL (40 + (s.seq * 400) DIV @h) DAY AS due,
             f.id AS factory_id, f.code AS factory_code,
             IF(s.seq % 4 = 0, 5 + s.seq % 8, 0) AS fabric_late,
             ELT(1 + s.seq % 3, 'WOVEN_STANDARD', 'KNIT_STANDARD', 'DENIM_STANDARD') AS template_code
      FROM seq_1_to_1000000 s JOIN bench_factory f ON f.i = s.seq % @nf
      WHERE s.seq <= @h) x;

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id, merchandiser,
                    business_owner, template_code, status, stage, plan_stage, forecast_delivery_date, delay_days,
                    request_fingerprint, created_at, updated_at, version)
SELECT h.order_no, (SELECT MIN(c.id) FROM customer c WHERE c.name LIKE 'Bench Customer %'), CONCAT('ST-', h.seq % 997),
       SUBSTRING_INDEX(h.template_code, '_', 1), 500 + h.seq % 2000, h.due, h.factory_id, 'merch', 'owner',
       h.template_code, 'DELIVERED', 'LOGISTICS', 'LOGISTICS', h.due + INTERVAL h.delay DAY, h.delay,
       SHA2(CONCAT('risk-bench-', h.seq), 256), @now, @now, 0
FROM bench_history h;

INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on, delivery_milestone,
                       planned_date, forecast_date, actual_date)
SELECT o.id, tm.seq, tm.code, tm.name_zh, tm.name_en, tm.stage, tm.owner_role, tm.depends_on, tm.delivery_milestone,
       h.due + INTERVAL tm.offset_days DAY, h.due + INTERVAL tm.offset_days DAY,
       h.due + INTERVAL (tm.offset_days
           + CASE WHEN tm.stage = 'MATERIALS' AND tm.offset_days >= -40 THEN h.fabric_late
                  WHEN tm.offset_days > -35
                      THEN ROUND(h.delay * LEAST(1, GREATEST(0.2, (tm.offset_days + 35) / 35)))
                  ELSE 0 END) DAY
FROM bench_history h
JOIN orders o ON o.order_no = h.order_no
JOIN milestone_template t ON t.code = h.template_code
JOIN template_milestone tm ON tm.template_id = t.id;

INSERT INTO material_line (order_id, line_no, kind, description, supplier_id, quantity, unit, po_due_date, needed_by,
                           arrival_date)
SELECT o.id, IF(m.code = 'FABRIC_IN_HOUSE', 1, 2), IF(m.code = 'FABRIC_IN_HOUSE', 'FABRIC', 'TRIMS'),
       IF(m.code = 'FABRIC_IN_HOUSE', 'shell fabric', 'buttons and labels'),
       (SELECT s.id FROM supplier s WHERE s.code = IF(m.code = 'FABRIC_IN_HOUSE', IF(h.fabric_late > 0, 'S-CZ', 'S-KQ'),
                                                      'S-YW')),
       1000, IF(m.code = 'FABRIC_IN_HOUSE', 'm', 'pcs'), m.planned_date, m.planned_date,
       IF(m.code = 'FABRIC_IN_HOUSE' AND h.fabric_late > 0, m.planned_date + INTERVAL h.fabric_late DAY,
          m.planned_date - INTERVAL 1 DAY)
FROM bench_history h
JOIN orders o ON o.order_no = h.order_no
JOIN milestone m ON m.order_id = o.id AND m.code IN ('FABRIC_IN_HOUSE', 'TRIMS_IN_HOUSE');

ANALYZE TABLE orders, milestone, material_line;
