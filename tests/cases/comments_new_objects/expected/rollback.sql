-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON COLUMN "public"."shift_kind"."starts" IS NULL;

COMMENT ON CONSTRAINT "headcount_range" ON DOMAIN "public"."headcount" IS NULL;

ALTER SEQUENCE "public"."shifts_id_seq" OWNED BY NONE;

DROP MATERIALIZED VIEW "public"."staff_totals";

DROP VIEW "public"."busy_shifts";

ALTER TABLE "public"."shifts" DROP CONSTRAINT "shifts_pkey";

DROP TABLE "public"."shifts";

DROP TYPE "public"."shift_kind";

DROP DOMAIN "public"."headcount";

DROP SEQUENCE "public"."shifts_id_seq";

DROP SEQUENCE "public"."roster_batch";

COMMIT;
