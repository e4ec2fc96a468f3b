-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP DOMAIN "public"."label";

CREATE DOMAIN "public"."label" AS character varying(40) CONSTRAINT "label_check" CHECK (((VALUE)::text <> ''::text));

ALTER DOMAIN "public"."code" DROP DEFAULT;

ALTER DOMAIN "public"."code" DROP CONSTRAINT "code_short";

ALTER DOMAIN "public"."percent" SET DEFAULT 100;

ALTER DOMAIN "public"."percent" SET NOT NULL;

ALTER DOMAIN "public"."percent" ADD CONSTRAINT "percent_even" CHECK (((VALUE % 2) = 0));

ALTER DOMAIN "public"."percent" DROP CONSTRAINT "percent_range";

ALTER DOMAIN "public"."percent" ADD CONSTRAINT "percent_range" CHECK (((VALUE >= 0) AND (VALUE <= 100)));

COMMIT;
