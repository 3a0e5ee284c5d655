-- Monitor benchmark: @n open orders with their T&A plans and every input the monitors read, set-based.
-- Run by run-monitor-benchmark.sh after the app created the schema (Flyway) and the factories and suppliers
-- were registered through the API. MariaDB 10.11 (sequence engine: seq_1_to_1000000).
--
-- "Today" is the app's today (Asia/Shanghai, UTC+8, no DST). Session time zone UTC: TIMESTAMP columns hold
-- what the app (hibernate.jdbc.time_zone=UTC) writes and reads.
--
-- What it seeds (o.id is the order's id; a fresh database numbers them 1..n):
--   orders          status OPEN, stage spread DESIGN..LOGISTICS, due today+10..120 days, templates
--                   WOVEN/KNIT/DENIM_STANDARD; delay 0, except id%20=0 (5%): 6..15 days  -> DELIVERY_DELAY
--                   and id%20 in (1,2): 1..3 days (below the 5-day threshold).
--   milestone       the template's milestones: planned = due + offset; actual = planned when planned < today;
--                   forecast = planned (+ the order's delay for the open ones).
--   material_line   line 1 FABRIC (needed by FABRIC_IN_HOUSE), line 2 TRIMS (TRIMS_IN_HOUSE): arrived when
--                   needed before today; shipped (on time) when needed within 30 days; otherwise not shipped
--                   with a PO due date well before it is needed. id%25=0 and still open: FABRIC shipped with
--                   an ETA 3..7 days after it is needed (~3% of orders)                     -> MATERIAL_DELAY
--   capacity_plan   SEWING for id%10=3, CUTTING for id%10=4 (10%+10%), today-10..today+10
--   production_output the last 3 days for those plans, at plan; id%50=3 (2%) 20% short on the last two
--                   days                                                                 -> CAPACITY_SHORTFALL
--   logistics_event BOOKING expected 10:00 on its planned day for id%5=0 (20%); id%100=0 (1%) 3 days later
--                   -> LOGISTICS_DEVIATION; ETD on time for id%10=0.
--   tech_pack_version V1 20..80 days ago for id%5=1 (20%); V2 two hours ago for id%20=1 whose cutting
--                   started or starts within a day (~1%)                                  -> DESIGN_CHANGE
--
-- Usage: { echo "SET @n = 50000;"; cat seed-orders.sql; } | mysql DB   (then seed-milestones.sql in chunks, seed-inputs.sql)

SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

DROP TEMPORARY TABLE IF EXISTS bench_factory;
CREATE TEMPORARY TABLE bench_factory AS
    SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i FROM factory;
SET @nf = (SELECT COUNT(*) FROM bench_factory);

INSERT IGNORE INTO customer (name, created_at, version)
SELECT CONCAT('Bench Customer ', seq), @now, 0 FROM seq_0_to_39;

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id, merchandiser,
                    business_owner, template_code, status, stage, forecast_delivery_date, delay_days,
                    process_instance_id, request_fingerprint, cancel_reason, created_at, updated_at, version)
SELECT CONCAT('MB-', LPAD(x.seq, 6, '0')),
       (SELECT c.id FROM customer c WHERE c.name = CONCAT('Bench Customer ', x.seq % 40)),
       CONCAT('ST-', x.seq % 997),
       ELT(1 + x.seq % 3, 'WOVEN', 'KNIT', 'DENIM'),
       x.quantity,
       x.due_date,
       f.id,
       'merch',
       'owner',
       ELT(1 + x.seq % 3, 'WOVEN_STANDARD', 'KNIT_STANDARD', 'DENIM_STANDARD'),
       'OPEN',
       ELT(1 + (x.seq DIV 3) % 5, 'DESIGN', 'MATERIALS', 'PRODUCTION', 'QC', 'LOGISTICS'),
       x.due_date + INTERVAL x.delay_days DAY,
       x.delay_days,
       NULL,
       SHA2(CONCAT('monitor-bench-', x.seq), 256),
       NULL,
       @now,
       @now,
       0
FROM (SELECT s.seq,
             500 + (s.seq * 37) % 2500 AS quantity,
             @today + INTERVAL (10 + (s.seq * 7919) % 111) DAY AS due_date,
             CASE WHEN s.seq % 20 = 0 THEN 6 + (s.seq DIV 20) % 10
                  WHEN s.seq % 20 IN (1, 2) THEN 1 + s.seq % 3
                  ELSE 0 END AS delay_days
      FROM seq_1_to_1000000 s
      WHERE s.seq <= @n) x
JOIN bench_factory f ON f.i = x.seq % @nf;
