-- The buyer page lists a customer's orders newest due date first, a page at a time: read in index order and stop
-- after the page, instead of sorting all of the customer's orders for every page.
CREATE INDEX ix_orders_customer_due ON orders (customer_id, due_date, order_no);
