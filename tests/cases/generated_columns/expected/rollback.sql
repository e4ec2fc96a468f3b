-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."big_lines";

ALTER TABLE "public"."lines" DROP COLUMN "total";

ALTER TABLE "public"."lines" ADD COLUMN "total" numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED;

CREATE INDEX lines_total_idx ON public.lines USING btree (total);

ALTER TABLE "public"."lines" ALTER COLUMN "code" DROP EXPRESSION;

ALTER TABLE "public"."lines" DROP COLUMN "label";

ALTER TABLE "public"."lines" ADD COLUMN "label" text GENERATED ALWAYS AS (('item '::text || id)) STORED;

ALTER TABLE "public"."lines" DROP COLUMN "doubled";

CREATE VIEW "public"."big_lines" AS
SELECT lines.id,
    lines.total
   FROM lines
  WHERE (lines.total > (100)::numeric);

COMMIT;
