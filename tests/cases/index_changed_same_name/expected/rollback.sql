-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."orders_status_idx";

DROP INDEX "public"."orders_open_idx";

DROP INDEX "public"."orders_lookup_idx";

CREATE INDEX orders_status_idx ON public.orders USING btree (id, status);

CREATE INDEX orders_open_idx ON public.orders USING btree (created_at) WHERE (status = 'pending'::text);

CREATE INDEX orders_lookup_idx ON public.orders USING btree (customer_id);

COMMIT;
