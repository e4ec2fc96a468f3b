-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."events_kind_idx";

ALTER TABLE "public"."customers" DETACH PARTITION "public"."customers_eu";

ALTER TABLE "public"."customers_eu" DROP CONSTRAINT "customers_eu_pkey";

ALTER TABLE "public"."customers" ATTACH PARTITION "public"."customers_eu" FOR VALUES IN ('de', 'fr');

DROP TABLE "public"."events_other";

DROP TABLE "public"."events_2026";

DROP TABLE "public"."events_2025";

DROP TABLE "public"."customers_us";

DROP TABLE "public"."events";

COMMIT;
