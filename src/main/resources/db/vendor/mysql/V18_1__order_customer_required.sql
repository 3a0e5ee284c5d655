-- Every order has its customer (V18 filled them in); the syntax differs per database, hence db/vendor/{vendor}.
ALTER TABLE orders MODIFY customer_id BIGINT NOT NULL;
