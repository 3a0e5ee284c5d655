-- The order list's default sort (due date, then order number) read in order from an index: its pages, and the
-- export of a whole filtered list batch after batch by key, need no sort of the whole table.
CREATE INDEX ix_orders_due_order ON orders (due_date, order_no);
