-- Diagnosis benchmark: what people reported about the orders with @lo <= id <= @hi, as the app would have stored
-- it: one fabric line with the supplier's shipment and arrival reports, the factory's cutting, sewing and packing
-- output, six audit entries (milestones recorded) per order; on each order whose fabric was late a material-delay
-- exception with its timeline (detected, graded, confirmed, plan, closed) and three notifications, two of them read.
SET time_zone = '+00:00';
SET @supplier = (SELECT id FROM supplier WHERE code = 'S-B1');

INSERT INTO material_line (order_id, line_no, kind, description, supplier_id, quantity, unit, po_due_date,
                           shipped_date, eta, arrival_date, needed_by, supply)
SELECT o.id, 1, 'FABRIC', '主面料 全棉府绸', @supplier, 1800, 'm', s.planned_date, s.actual_date,
       s.planned_date + INTERVAL 5 DAY, h.actual_date, h.planned_date, 'PURCHASE'
FROM orders o
JOIN milestone s ON s.order_id = o.id AND s.code = 'FABRIC_SHIPPED'
JOIN milestone h ON h.order_id = o.id AND h.code = 'FABRIC_IN_HOUSE'
WHERE o.id BETWEEN @lo AND @hi AND o.order_no LIKE 'BD-%';

INSERT INTO material_event (order_id, line_no, kind, event_date, carrier, tracking_no, eta, reported_by,
                            reported_at, source)
SELECT m.order_id, 1, 'SHIPPED', m.actual_date, '顺丰', CONCAT('SF', m.order_id), f.forecast_date, 'bench-supplier',
       TIMESTAMP(m.actual_date, '02:30:00'), 'MANUAL'
FROM milestone m JOIN milestone f ON f.order_id = m.order_id AND f.code = 'FABRIC_IN_HOUSE'
WHERE m.order_id BETWEEN @lo AND @hi AND m.code = 'FABRIC_SHIPPED' AND m.actual_date IS NOT NULL;
INSERT INTO material_event (order_id, line_no, kind, event_date, carrier, tracking_no, eta, reported_by,
                            reported_at, source)
SELECT m.order_id, 1, 'ARRIVED', m.actual_date, NULL, NULL, NULL, 'bench-supplier',
       TIMESTAMP(m.actual_date, '07:00:00'), 'MANUAL'
FROM milestone m WHERE m.order_id BETWEEN @lo AND @hi AND m.code = 'FABRIC_IN_HOUSE' AND m.actual_date IS NOT NULL;

INSERT INTO production_output (order_id, report_date, stage, quantity, reported_by, reported_at, source)
SELECT m.order_id, m.actual_date, ELT(FIELD(m.code, 'CUTTING_DONE', 'SEWING_DONE', 'PACKING'), 'CUTTING', 'SEWING',
       'PACKING'), 1200, 'bench-factory', TIMESTAMP(m.actual_date, '10:00:00'), 'MANUAL'
FROM milestone m WHERE m.order_id BETWEEN @lo AND @hi AND m.code IN ('CUTTING_DONE', 'SEWING_DONE', 'PACKING')
  AND m.actual_date IS NOT NULL;

INSERT INTO audit_entry (order_id, entity_type, entity_id, action, changes, who, client, address, at, change_id)
SELECT m.order_id, 'Milestone', m.id, 'UPDATE', CONCAT('{"actualDate":[null,"', m.actual_date, '"]}'), 'merch',
       'pc-web', '127.0.0.1', TIMESTAMP(m.actual_date, '09:00:00'), UUID()
FROM milestone m WHERE m.order_id BETWEEN @lo AND @hi AND m.actual_date IS NOT NULL
  AND m.code IN ('TECH_PACK', 'PP_SAMPLE', 'FABRIC_IN_HOUSE', 'CUTTING_START', 'SEWING_DONE', 'EX_FACTORY');

INSERT INTO order_exception (order_id, order_no, type, subject, open_key, status, priority, stage, delay_days,
                             value_share, owner_role, factory_code, supplier_code, title, detail, roles,
                             escalation_level, detected_at, last_seen_at, notified_at, confirmed_at, confirmed_by,
                             solution_plan, plan_submitted_at, plan_submitted_by, closed_at, closed_by, root_cause,
                             version, late_plan_held)
SELECT o.id, o.order_no, 'MATERIAL_DELAY', 'LINE-1', NULL, IF(h.actual_date IS NULL, 'OPEN', 'CLOSED'), 'P1',
       'MATERIALS', h.forecast_date - h.planned_date, 1.0, 'purchaser', f.code, 'S-B1',
       CONCAT('面料 晚 ', DATEDIFF(h.forecast_date, h.planned_date), ' 天'), '基准测试', 'purchaser,merchandiser', 0,
       TIMESTAMP(h.planned_date, '01:00:00'), TIMESTAMP(h.planned_date, '01:00:00'),
       TIMESTAMP(h.planned_date, '01:01:00'), TIMESTAMP(h.planned_date, '01:20:00'), 'purchaser',
       '催面料厂加急', TIMESTAMP(h.planned_date, '03:00:00'), 'purchaser',
       IF(h.actual_date IS NULL, NULL, TIMESTAMP(h.actual_date, '08:00:00')), IF(h.actual_date IS NULL, NULL, 'purchaser'),
       '染色返工', 0, FALSE
FROM orders o JOIN factory f ON f.id = o.factory_id
JOIN milestone h ON h.order_id = o.id AND h.code = 'FABRIC_IN_HOUSE'
WHERE o.id BETWEEN @lo AND @hi AND o.order_no LIKE 'BD-%' AND h.forecast_date > h.planned_date
  AND h.planned_date < DATE(UTC_TIMESTAMP());

INSERT INTO exception_event (exception_id, at, kind, actor, detail)
SELECT x.id, x.detected_at + INTERVAL k.seq * 20 MINUTE,
       ELT(k.seq + 1, 'DETECTED', 'GRADED', 'NOTIFIED', 'CONFIRMED', 'PLAN_SUBMITTED'),
       ELT(k.seq + 1, 'monitor', 'system', 'system', 'purchaser', 'purchaser'), NULL
FROM order_exception x JOIN seq_0_to_4 k
WHERE x.order_id BETWEEN @lo AND @hi AND x.order_no LIKE 'BD-%';

INSERT INTO notification_delivery (exception_id, round, recipient, channel, status, attempts, first_attempt_at,
                                   last_attempt_at, sent_at, read_at, read_via)
SELECT x.id, 1, ELT(k.seq, 'purchaser', 'merch', 'gm'), ELT(k.seq, 'INBOX', 'SMS', 'INBOX'), 'SENT', 1,
       x.notified_at, x.notified_at, x.notified_at,
       IF(k.seq < 3, x.notified_at + INTERVAL 10 MINUTE, NULL), IF(k.seq < 3, 'IN_APP', NULL)
FROM order_exception x JOIN seq_1_to_3 k
WHERE x.order_id BETWEEN @lo AND @hi AND x.order_no LIKE 'BD-%';
