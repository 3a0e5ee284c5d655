-- Every order has its customer (V18 filled them in); the syntax differs per database, hence db/vendor/{vendor}.
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
