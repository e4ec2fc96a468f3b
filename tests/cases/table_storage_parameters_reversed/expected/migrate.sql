-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."orders_status_idx";

CREATE TABLE "public"."readings_2025" PARTITION OF "public"."readings" FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

ALTER TABLE "public"."customers" SET (fillfactor = '50');

ALTER TABLE "public"."orders" RESET (autovacuum_vacuum_scale_factor, toast.autovacuum_enabled);

ALTER TABLE "public"."orders" SET (autovacuum_analyze_scale_factor = '0.02', fillfactor = '90');

ALTER TABLE "public"."readings_2025" SET (fillfactor = '80');

CREATE INDEX orders_status_idx ON public.orders USING btree (status);

DROP TABLE "public"."readings_2026";

DROP TABLE "public"."events";

COMMIT;
