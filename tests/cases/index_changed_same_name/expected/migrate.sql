-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."orders_lookup_idx";

DROP INDEX "public"."orders_open_idx";

DROP INDEX "public"."orders_status_idx";

CREATE INDEX orders_lookup_idx ON public.orders USING btree (customer_id, created_at DESC);

CREATE INDEX orders_open_idx ON public.orders USING btree (created_at) WHERE (status = 'open'::text);

CREATE UNIQUE INDEX orders_status_idx ON public.orders USING btree (id, status);

COMMIT;
