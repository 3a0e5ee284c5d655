-- Diagnosis benchmark: the dwell ledger of the orders with @lo <= id <= @hi, what the app's DwellLedger writes after
-- each plan change: every done milestone whose predecessors are all done, with the days from the last of them and
-- the planned gap.
INSERT INTO milestone_dwell (milestone_id, order_id, factory_id, milestone_code, finished_on, took_days, norm_days)
SELECT m.id, m.order_id, o.factory_id, m.code, m.actual_date,
       DATEDIFF(m.actual_date, MAX(p.actual_date)), DATEDIFF(m.planned_date, MAX(p.planned_date))
FROM milestone m
JOIN orders o ON o.id = m.order_id
JOIN milestone p ON p.order_id = m.order_id AND FIND_IN_SET(p.code, m.depends_on) > 0
WHERE m.order_id BETWEEN @lo AND @hi AND m.actual_date IS NOT NULL
GROUP BY m.id, m.order_id, o.factory_id, m.code, m.actual_date, m.planned_date
HAVING COUNT(p.actual_date) = COUNT(*);
