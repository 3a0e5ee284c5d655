-- Buyer page benchmark: the milestones of the orders with @lo <= id <= @hi (run in chunks; ~29 per order).
-- planned = due + offset; a milestone planned before today happened on plan; the open ones are forecast later by
-- the order's delay.
SET time_zone = '+00:00';
SET @today = DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR);

INSERT INTO milestone (order_id, seq, code, name_zh, name_en, stage, owner_role, depends_on, delivery_milestone,
                       planned_date, expected_date, forecast_date, actual_date, slip_reason)
SELECT o.id, tm.seq, tm.code, tm.name_zh, tm.name_en, tm.stage, tm.owner_role, tm.depends_on, tm.delivery_milestone,
       o.due_date + INTERVAL tm.offset_days DAY,
       NULL,
       CASE WHEN o.due_date + INTERVAL tm.offset_days DAY < @today THEN o.due_date + INTERVAL tm.offset_days DAY
            ELSE o.due_date + INTERVAL (tm.offset_days + o.delay_days) DAY END,
       CASE WHEN o.due_date + INTERVAL tm.offset_days DAY < @today THEN o.due_date + INTERVAL tm.offset_days DAY END,
       NULL
FROM orders o
JOIN milestone_template t ON t.code = o.template_code
JOIN template_milestone tm ON tm.template_id = t.id
WHERE o.id BETWEEN @lo AND @hi AND o.order_no LIKE 'BB-%';
