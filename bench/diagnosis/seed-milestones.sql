-- Diagnosis benchmark: the milestones of the orders with @lo <= id <= @hi (run in chunks; ~29 per order).
-- planned = due + offset. Fabric late by 2..6 days on one order in ten pushes fabric in-house and everything after
-- it; finishing and what follows it take two days longer at the third factory. A milestone whose (slipped) date is
-- before today happened then; the others are forecast on it.
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);

INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on, delivery_milestone,
                       planned_date, expected_date, forecast_date, actual_date, slip_reason)
SELECT x.order_id, x.seq, x.code, x.name_zh, x.name_en, x.stage, x.owner_role, x.depends_on, x.delivery_milestone,
       x.planned, NULL, x.planned + INTERVAL x.late DAY,
       IF(x.planned + INTERVAL x.late DAY < @today AND x.status <> 'CANCELLED', x.planned + INTERVAL x.late DAY, NULL),
       NULL
FROM (SELECT o.id AS order_id, o.status, tm.seq, tm.code, tm.name_zh, tm.name_en, tm.stage, tm.owner_role,
             tm.depends_on, tm.delivery_milestone, o.due_date + INTERVAL tm.offset_days DAY AS planned,
             (CASE WHEN CAST(SUBSTRING(o.order_no, 4) AS UNSIGNED) % 10 = 3
                        AND tm.code NOT IN ('ORDER_CONFIRMED', 'TECH_PACK', 'LAB_DIP', 'FIT_SAMPLE', 'STRIKE_OFF',
                                            'FABRIC_BOOKED', 'TRIMS_BOOKED', 'PP_SAMPLE', 'FABRIC_SHIPPED',
                                            'TRIMS_IN_HOUSE')
                   THEN 2 + CAST(SUBSTRING(o.order_no, 4) AS UNSIGNED) % 5 ELSE 0 END)
             + (CASE WHEN CAST(SUBSTRING(o.order_no, 4) AS UNSIGNED) % 6 = 2
                        AND tm.code IN ('FINISHING', 'PACKING', 'FINAL_INSPECTION', 'CUSTOMER_INSPECTION',
                                        'EX_FACTORY', 'CUSTOMS', 'ETD', 'ETA', 'DELIVERED')
                   THEN 2 ELSE 0 END) AS late
      FROM orders o
      JOIN milestone_template t ON t.code = o.template_code
      JOIN template_milestone tm ON tm.template_id = t.id
      WHERE o.id BETWEEN @lo AND @hi AND o.order_no LIKE 'BD-%') x;
