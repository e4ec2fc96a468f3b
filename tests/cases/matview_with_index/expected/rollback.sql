-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP MATERIALIZED VIEW "public"."region_totals";

DROP MATERIALIZED VIEW "public"."big_sales";

CREATE MATERIALIZED VIEW "public"."big_sales" AS
SELECT sales.id,
    sales.amount
   FROM sales
  WHERE (sales.amount > (100)::numeric)
WITH DATA;

CREATE INDEX big_sales_amount ON public.big_sales USING btree (amount);

COMMIT;
