-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."shifts_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

COMMENT ON SEQUENCE "public"."shifts_id_seq" IS 'shift ids';

CREATE SEQUENCE "public"."roster_batch" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

COMMENT ON SEQUENCE "public"."roster_batch" IS 'one per roster run';

CREATE TYPE "public"."shift_kind" AS ("starts" time without time zone, "ends" time without time zone);

COMMENT ON TYPE "public"."shift_kind" IS 'a shift''s hours';

CREATE DOMAIN "public"."headcount" AS integer CONSTRAINT "headcount_range" CHECK (((VALUE >= 0) AND (VALUE <= 500)));

COMMENT ON DOMAIN "public"."headcount" IS 'people on a shift';

CREATE TABLE "public"."shifts" (
    "id" integer DEFAULT nextval('shifts_id_seq'::regclass) NOT NULL, 
    "kind" shift_kind NOT NULL, 
    "staff" headcount DEFAULT 1 NOT NULL
);

ALTER SEQUENCE "public"."shifts_id_seq" OWNED BY "public"."shifts"."id";

ALTER TABLE "public"."shifts" ADD CONSTRAINT "shifts_pkey" PRIMARY KEY (id);

COMMENT ON COLUMN "public"."shift_kind"."starts" IS 'local time';

COMMENT ON CONSTRAINT "headcount_range" ON DOMAIN "public"."headcount" IS 'a sane number';

CREATE MATERIALIZED VIEW "public"."staff_totals" AS
SELECT sum((shifts.staff)::integer) AS total
   FROM shifts
WITH DATA;

CREATE INDEX staff_totals_total ON public.staff_totals USING btree (total);

COMMENT ON COLUMN "public"."staff_totals"."total" IS 'all people';

COMMENT ON INDEX "public"."staff_totals_total" IS 'lookups by total';

CREATE VIEW "public"."busy_shifts" AS
SELECT shifts.id,
    shifts.staff
   FROM shifts
  WHERE ((shifts.staff)::integer > 10);

COMMENT ON COLUMN "public"."busy_shifts"."staff" IS 'people';

COMMIT;
