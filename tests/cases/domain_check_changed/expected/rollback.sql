-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER DOMAIN "public"."percent" DROP CONSTRAINT "percent_range";

ALTER DOMAIN "public"."percent" ADD CONSTRAINT "percent_range" CHECK (((VALUE >= 0) AND (VALUE <= 1000)));

ALTER DOMAIN "public"."percent" DROP CONSTRAINT "percent_even";

ALTER DOMAIN "public"."percent" DROP NOT NULL;

ALTER DOMAIN "public"."percent" SET DEFAULT 0;

ALTER DOMAIN "public"."code" ADD CONSTRAINT "code_short" CHECK ((length(VALUE) < 10));

ALTER DOMAIN "public"."code" SET DEFAULT 'x'::text;

DROP DOMAIN "public"."label";

CREATE DOMAIN "public"."label" AS text CONSTRAINT "label_check" CHECK ((VALUE <> ''::text));

COMMIT;
