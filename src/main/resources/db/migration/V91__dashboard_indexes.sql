-- The dashboard (analytics/DashboardQueries) counts closed orders due in a period and open orders, for everyone or
-- one factory, customer or merchandiser, and exceptions detected in a period: each reads a range of one of these
-- indexes (status, due date and delay included, so the counts need not visit the rows; the first also carries the
-- factory and customer the late orders are counted by), and the late orders by supplier find each order's
-- suppliers in the index of its material lines.
CREATE INDEX ix_orders_status_due ON orders (status, due_date, delay_days, factory_id, customer_id);
CREATE INDEX ix_orders_factory_status_due ON orders (factory_id, status, due_date, delay_days);
CREATE INDEX ix_orders_customer_status_due ON orders (customer_id, status, due_date, delay_days);
CREATE INDEX ix_orders_merchandiser_status_due ON orders (merchandiser, status, due_date, delay_days);
CREATE INDEX ix_material_line_order_supplier ON material_line (order_id, supplier_id);
CREATE INDEX ix_order_exception_detected ON order_exception (detected_at, priority);
