CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW big_sales AS SELECT id, amount FROM sales WHERE amount > 100;
CREATE INDEX big_sales_amount ON big_sales (amount);
INSERT INTO sales VALUES (1, 'north', 500), (2, 'south', 5000);
