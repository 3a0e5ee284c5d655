-- Buyer page benchmark: @n orders of 8 customers ('Bench Buyer 0'..'Bench Buyer 7', order i to customer i % 8) with
-- every milestone of their templates, set-based. Run by run.sh after the app created the schema (Flyway) and a
-- factory was registered through the API. MariaDB 10.11 (sequence engine).
--
-- Like a company's books after a few years: about three in four orders delivered (due 1..1000 days ago, every
-- milestone done on plan), 2% cancelled, the rest open (due today+10..150 days; milestones planned before today
-- done; one open order in eight forecast 2..6 days late, so the page has at-risk and late steps to show).
--
-- Usage: { echo "SET @n = 10000;"; cat seed.sql; } | mysql DB   (then seed-milestones.sql in chunks)
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();
SET @factory = (SELECT MIN(id) FROM factory);

INSERT IGNORE INTO customer (name, created_at, version)
SELECT CONCAT('Bench Buyer ', seq), @now, 0 FROM seq_0_to_7;

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id, merchandiser,
                    business_owner, template_code, status, stage, forecast_delivery_date, delay_days,
                    process_instance_id, request_fingerprint, cancel_reason, created_at, updated_at, version)
SELECT CONCAT('BB-', LPAD(x.seq, 6, '0')),
       (SELECT c.id FROM customer c WHERE c.name = CONCAT('Bench Buyer ', x.seq % 8)),
       CONCAT('Style ', x.seq % 997),
       ELT(1 + x.seq % 3, 'WOVEN', 'KNIT', 'DENIM'),
       500 + (x.seq * 37) % 2500,
       x.due_date,
       @factory,
       'merch',
       'owner',
       ELT(1 + x.seq % 3, 'WOVEN_STANDARD', 'KNIT_STANDARD', 'DENIM_STANDARD'),
       x.status,
       IF(x.status = 'OPEN', ELT(1 + (x.seq DIV 3) % 5, 'DESIGN', 'MATERIALS', 'PRODUCTION', 'QC', 'LOGISTICS'),
          'LOGISTICS'),
       x.due_date + INTERVAL x.delay_days DAY,
       x.delay_days,
       NULL,
       SHA2(CONCAT('buyer-bench-', x.seq), 256),
       IF(x.status = 'CANCELLED', 'bench', NULL),
       @now,
       @now,
       0
FROM (SELECT s.seq,
             CASE WHEN s.seq % 100 < 75 THEN 'DELIVERED' WHEN s.seq % 100 < 77 THEN 'CANCELLED' ELSE 'OPEN' END
                 AS status,
             CASE WHEN s.seq % 100 < 77 THEN @today - INTERVAL (1 + (s.seq * 7919) % 1000) DAY
                  ELSE @today + INTERVAL (10 + (s.seq * 7919) % 141) DAY END AS due_date,
             CASE WHEN s.seq % 100 >= 77 AND s.seq % 8 = 5 THEN 2 + s.seq % 5 ELSE 0 END AS delay_days
      FROM seq_1_to_1000000 s
      WHERE s.seq <= @n) x;
