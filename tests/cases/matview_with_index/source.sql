-- A materialized view with a unique index, created; another one whose query
-- changes keeps its index.
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
CREATE MATERIALIZED VIEW big_sales AS SELECT id, amount FROM sales WHERE amount > 1000;
CREATE INDEX big_sales_amount ON big_sales (amount);
