-- What the desk notes on an order in words (packing, labels, the customer's wishes); changed without approval.
ALTER TABLE orders ADD COLUMN remarks VARCHAR(1000);
