-- The dashboard (analytics/DashboardQueries) counts closed orders due in a period and open orders, per factory,
-- customer or merchandiser, and exceptions detected in a period: each reads an index range instead of the tables.
CREATE INDEX ix_orders_status_due ON orders (status, due_date, delay_days);
CREATE INDEX ix_orders_merchandiser ON orders (merchandiser, status);
CREATE INDEX ix_order_exception_detected ON order_exception (detected_at, priority);
