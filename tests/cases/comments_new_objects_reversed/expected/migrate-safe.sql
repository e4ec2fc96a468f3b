-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."busy_shifts";

DROP MATERIALIZED VIEW "public"."staff_totals";

-- needs --force: part of dropping domain headcount
-- COMMENT ON CONSTRAINT "headcount_range" ON DOMAIN "public"."headcount" IS NULL;

-- needs --force: part of dropping type shift_kind
-- COMMENT ON COLUMN "public"."shift_kind"."starts" IS NULL;

-- needs --force (drops data): Removed table 'shifts'
-- DROP TABLE "public"."shifts";

-- needs --force (drops data): Removed domain 'headcount'
-- DROP DOMAIN "public"."headcount";

-- needs --force (drops data): Removed composite type 'shift_kind'
-- DROP TYPE "public"."shift_kind";

-- needs --force (drops data): Removed sequence 'roster_batch'
-- DROP SEQUENCE "public"."roster_batch";

-- needs --force: drops data
-- DROP SEQUENCE IF EXISTS "public"."shifts_id_seq";

COMMIT;
