-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."big_lines";

ALTER TABLE "public"."lines" ADD COLUMN "doubled" integer GENERATED ALWAYS AS ((qty * 2)) STORED;

ALTER TABLE "public"."lines" ALTER COLUMN "label" DROP EXPRESSION;

ALTER TABLE "public"."lines" DROP COLUMN "code";

ALTER TABLE "public"."lines" ADD COLUMN "code" text GENERATED ALWAYS AS (upper(label)) STORED;

ALTER TABLE "public"."lines" DROP COLUMN "total";

ALTER TABLE "public"."lines" ADD COLUMN "total" numeric GENERATED ALWAYS AS ((((qty)::numeric * price) * 1.2)) STORED;

CREATE INDEX lines_total_idx ON public.lines USING btree (total);

CREATE VIEW "public"."big_lines" AS
SELECT lines.id,
    lines.total
   FROM lines
  WHERE (lines.total > (100)::numeric);

COMMIT;
