-- Diagnosis benchmark: six factories, one fabric supplier and @n orders (order i at factory i % 6, one fabric line
-- each), set-based. Run by run.sh after the app created the schema (Flyway). MariaDB 10.11 (sequence engine).
--
-- Like a company's books after a few years: three in four orders delivered (due 1..1000 days ago), 2% cancelled,
-- the rest open (due today+10..150 days). One order in ten had its fabric arrive 2..6 days late (seed-milestones.sql
-- pushes everything after it), and the third factory finishes two days slower than planned.
--
-- Usage: { echo "SET @n = 52000;"; cat seed.sql; } | mysql DB   (then the chunked seed-*.sql)
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);
SET @now = UTC_TIMESTAMP();

INSERT INTO factory (code, name, city)
SELECT CONCAT('F-B', seq), ELT(seq, '基准一厂', '基准二厂', '基准三厂（后整慢）', '基准四厂', '基准五厂', '基准六厂'), '宁波'
FROM seq_1_to_6;
INSERT INTO supplier (code, name, category, transit_days) VALUES ('S-B1', '基准面料厂', 'FABRIC', 5);
INSERT IGNORE INTO customer (name, created_at, version) VALUES ('Bench Diagnosis Customer', @now, 0);
SET @customer = (SELECT id FROM customer WHERE name = 'Bench Diagnosis Customer');

INSERT INTO orders (order_no, customer_id, style, product_type, quantity, due_date, factory_id,
                    merchandiser, business_owner, template_code, status, stage, forecast_delivery_date, delay_days,
                    process_instance_id, request_fingerprint, cancel_reason, created_at, updated_at, version)
SELECT CONCAT('BD-', LPAD(x.seq, 6, '0')), @customer, CONCAT('Style ', x.seq % 997),
       ELT(1 + x.seq % 3, 'WOVEN', 'KNIT', 'DENIM'), 500 + (x.seq * 37) % 2500, x.due_date,
       (SELECT f.id FROM factory f WHERE f.code = CONCAT('F-B', 1 + x.seq % 6)), 'merch', 'owner',
       ELT(1 + x.seq % 3, 'WOVEN_STANDARD', 'KNIT_STANDARD', 'DENIM_STANDARD'), x.status,
       IF(x.status = 'OPEN', ELT(1 + (x.seq DIV 3) % 5, 'DESIGN', 'MATERIALS', 'PRODUCTION', 'QC', 'LOGISTICS'),
          'LOGISTICS'),
       x.due_date + INTERVAL x.delay_days DAY, x.delay_days, NULL, SHA2(CONCAT('diagnosis-bench-', x.seq), 256),
       IF(x.status = 'CANCELLED', 'bench', NULL), x.due_date - INTERVAL 100 DAY, @now, 0
FROM (SELECT s.seq,
             CASE WHEN s.seq % 100 < 75 THEN 'DELIVERED' WHEN s.seq % 100 < 77 THEN 'CANCELLED' ELSE 'OPEN' END
                 AS status,
             CASE WHEN s.seq % 100 < 77 THEN @today - INTERVAL (1 + (s.seq * 7919) % 1000) DAY
                  ELSE @today + INTERVAL (10 + (s.seq * 7919) % 141) DAY END AS due_date,
             (CASE WHEN s.seq % 10 = 3 THEN 2 + s.seq % 5 ELSE 0 END) + (CASE WHEN s.seq % 6 = 2 THEN 2 ELSE 0 END)
                 AS delay_days
      FROM seq_1_to_1000000 s
      WHERE s.seq <= @n) x;
