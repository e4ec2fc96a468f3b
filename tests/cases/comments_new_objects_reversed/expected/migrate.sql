-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."busy_shifts";

DROP MATERIALIZED VIEW "public"."staff_totals";

COMMENT ON CONSTRAINT "headcount_range" ON DOMAIN "public"."headcount" IS NULL;

COMMENT ON COLUMN "public"."shift_kind"."starts" IS NULL;

DROP TABLE "public"."shifts";

DROP DOMAIN "public"."headcount";

DROP TYPE "public"."shift_kind";

DROP SEQUENCE "public"."roster_batch";

DROP SEQUENCE IF EXISTS "public"."shifts_id_seq";

COMMIT;
