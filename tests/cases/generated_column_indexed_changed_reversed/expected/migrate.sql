-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."order_lines_total_idx";

ALTER TABLE "public"."order_lines" DROP COLUMN "total";

ALTER TABLE "public"."order_lines" ADD COLUMN "total" numeric GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED;

ALTER TABLE "public"."order_lines" ADD CONSTRAINT "order_lines_total_check" CHECK ((total >= (0)::numeric));

CREATE INDEX order_lines_big_idx ON public.order_lines USING btree (id) WHERE (total > (100)::numeric);

CREATE INDEX order_lines_expr_idx ON public.order_lines USING btree (((total * (2)::numeric)));

CREATE INDEX order_lines_plain_idx ON public.order_lines USING btree (total);

CREATE INDEX order_lines_total_idx ON public.order_lines USING btree (total);

COMMIT;
