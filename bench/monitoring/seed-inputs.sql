-- Monitor benchmark: material lines, capacity plans, daily output, logistics events and tech-pack versions
-- of the seeded orders (see seed-orders.sql for what each share triggers). Needs the milestones.
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

DROP TEMPORARY TABLE IF EXISTS bench_supplier;
CREATE TEMPORARY TABLE bench_supplier AS
    SELECT id, category, transit_days, ROW_NUMBER() OVER (PARTITION BY category ORDER BY id) - 1 AS i,
           COUNT(*) OVER (PARTITION BY category) AS n
    FROM supplier;

-- line 1 FABRIC, line 2 TRIMS
INSERT INTO material_line (order_id, line_no, kind, description, supplier_id, quantity, unit, po_due_date,
                           shipped_date, eta, arrival_date, carrier, tracking_no, needed_by)
SELECT x.order_id, x.line_no, x.kind, x.description, x.supplier_id, x.quantity, x.unit,
       x.needed - INTERVAL (x.transit_days + 7) DAY,
       CASE WHEN x.needed < @today THEN x.needed - INTERVAL (x.transit_days + 1) DAY
            WHEN x.late OR x.needed <= @today + INTERVAL 30 DAY
                 THEN LEAST(@today - INTERVAL 1 DAY, x.needed - INTERVAL (x.transit_days + 1) DAY) END,
       CASE WHEN x.needed < @today THEN x.needed - INTERVAL 1 DAY
            WHEN x.late THEN x.needed + INTERVAL (3 + x.order_id % 5) DAY
            WHEN x.needed <= @today + INTERVAL 30 DAY THEN x.needed - INTERVAL 1 DAY END,
       CASE WHEN x.needed < @today THEN x.needed - INTERVAL 1 DAY END,
       CASE WHEN x.needed < @today OR x.late OR x.needed <= @today + INTERVAL 30 DAY THEN 'SF Express' END,
       CASE WHEN x.needed < @today OR x.late OR x.needed <= @today + INTERVAL 30 DAY
            THEN CONCAT('SF', LPAD(x.order_id, 8, '0'), x.line_no) END,
       x.needed
FROM (SELECT o.id AS order_id,
             IF(m.code = 'FABRIC_IN_HOUSE', 1, 2) AS line_no,
             IF(m.code = 'FABRIC_IN_HOUSE', 'FABRIC', 'TRIMS') AS kind,
             IF(m.code = 'FABRIC_IN_HOUSE', 'shell fabric', 'buttons and labels') AS description,
             sp.id AS supplier_id,
             sp.transit_days,
             IF(m.code = 'FABRIC_IN_HOUSE', o.quantity * 1.5, o.quantity * 4) AS quantity,
             IF(m.code = 'FABRIC_IN_HOUSE', 'm', 'pcs') AS unit,
             m.planned_date AS needed,
             (m.code = 'FABRIC_IN_HOUSE' AND o.id % 25 = 0 AND m.planned_date >= @today) AS late
      FROM orders o
      JOIN milestone m ON m.order_id = o.id AND m.code IN ('FABRIC_IN_HOUSE', 'TRIMS_IN_HOUSE')
      JOIN bench_supplier sp ON sp.category = IF(m.code = 'FABRIC_IN_HOUSE', 'FABRIC', 'TRIMS')
                            AND sp.i = o.id % sp.n
      WHERE o.order_no LIKE 'MB-%') x;

-- capacity: SEWING for id%10=3, CUTTING for id%10=4, over today-10 .. today+10
INSERT INTO capacity_plan (order_id, stage, daily_quantity, from_date, to_date, reported_by, reported_at, source)
SELECT o.id, IF(o.id % 10 = 3, 'SEWING', 'CUTTING'), GREATEST(50, o.quantity DIV 10),
       @today - INTERVAL 10 DAY, @today + INTERVAL 10 DAY, 'planner', @now, 'API'
FROM orders o
WHERE o.order_no LIKE 'MB-%' AND o.id % 10 IN (3, 4);

-- output of the last three days at plan; id%50=3 makes 80% of plan on the last two (short > 10%, 2 days running)
INSERT INTO production_output (order_id, report_date, stage, quantity, reported_by, reported_at, source)
SELECT c.order_id, @today - INTERVAL d.seq DAY, c.stage,
       IF(c.order_id % 50 = 3 AND d.seq <= 2, c.daily_quantity * 8 DIV 10, c.daily_quantity),
       'factory', @now, 'API'
FROM capacity_plan c
JOIN orders o ON o.id = c.order_id
JOIN seq_1_to_3 d
WHERE o.order_no LIKE 'MB-%';

-- BOOKING expected at 10:00 (UTC+8) of its planned day for id%5=0, 3 days later for id%100=0; ETD on time for id%10=0
INSERT INTO logistics_event (order_id, kind, expected_at, actual_at, reference, reported_by, reported_at, source)
SELECT o.id, m.code,
       TIMESTAMP(m.planned_date) + INTERVAL 2 HOUR + INTERVAL IF(m.code = 'BOOKING' AND o.id % 100 = 0, 3, 0) DAY,
       NULL, CONCAT('BK', LPAD(o.id, 8, '0')), 'forwarder', @now, 'API'
FROM orders o
JOIN milestone m ON m.order_id = o.id
WHERE o.order_no LIKE 'MB-%'
  AND ((m.code = 'BOOKING' AND o.id % 5 = 0) OR (m.code = 'ETD' AND o.id % 10 = 0));

-- tech pack V1 for id%5=1; V2 two hours ago for id%20=1 whose cutting started or starts within a day
INSERT INTO tech_pack_version (order_id, version, changed_at, summary, reported_by, reported_at, source)
SELECT o.id, 'V1', @now - INTERVAL (20 + o.id % 60) DAY, 'first issue', 'tech', @now, 'API'
FROM orders o
WHERE o.order_no LIKE 'MB-%' AND o.id % 5 = 1;

INSERT INTO tech_pack_version (order_id, version, changed_at, summary, reported_by, reported_at, source)
SELECT o.id, 'V2', @now - INTERVAL 2 HOUR, 'collar 7 cm -> 6.5 cm', 'tech', @now, 'API'
FROM orders o
JOIN milestone m ON m.order_id = o.id AND m.code = 'CUTTING_START'
WHERE o.order_no LIKE 'MB-%' AND o.id % 20 = 1 AND m.planned_date <= @today + INTERVAL 1 DAY;

ANALYZE TABLE orders, milestone, material_line, capacity_plan, production_output, logistics_event,
    tech_pack_version, order_exception, exception_event, inbox_message;
