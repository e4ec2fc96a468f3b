-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."events" (
    "id" bigint NOT NULL, 
    "happened" date NOT NULL, 
    "kind" text
)
 PARTITION BY RANGE (happened);

CREATE TABLE "public"."customers_us" PARTITION OF "public"."customers" FOR VALUES IN ('us');

CREATE TABLE "public"."events_2025" PARTITION OF "public"."events" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE "public"."events_2026" PARTITION OF "public"."events" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE "public"."events_other" PARTITION OF "public"."events" DEFAULT;

ALTER TABLE "public"."customers" DETACH PARTITION "public"."customers_eu";

ALTER TABLE "public"."customers_eu" DROP CONSTRAINT "customers_eu_pkey";

ALTER TABLE "public"."customers" ATTACH PARTITION "public"."customers_eu" FOR VALUES IN ('de', 'fr', 'it');

CREATE INDEX events_kind_idx ON public.events USING btree (kind);

COMMIT;
