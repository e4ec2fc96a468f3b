-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP MATERIALIZED VIEW "public"."big_sales";

CREATE MATERIALIZED VIEW "public"."big_sales" AS
SELECT sales.id,
    sales.amount
   FROM sales
  WHERE (sales.amount > (1000)::numeric)
WITH DATA;

CREATE INDEX big_sales_amount ON public.big_sales USING btree (amount);

CREATE MATERIALIZED VIEW "public"."region_totals" AS
SELECT sales.region,
    sum(sales.amount) AS total
   FROM sales
  GROUP BY sales.region
WITH DATA;

CREATE UNIQUE INDEX region_totals_region ON public.region_totals USING btree (region);

COMMIT;
