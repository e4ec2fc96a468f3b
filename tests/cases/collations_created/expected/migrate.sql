-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "text_rules";

CREATE COLLATION "public"."case_insensitive" (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);

COMMENT ON COLLATION "public"."case_insensitive" IS 'Compares without case';

CREATE COLLATION "public"."codes" (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C.UTF-8');

CREATE COLLATION "text_rules"."german" (PROVIDER = icu, LOCALE = 'de-DE');

CREATE DOMAIN "public"."code_text" AS text COLLATE public.codes;

ALTER TABLE "public"."users" ADD COLUMN "country_code" code_text;

ALTER TABLE "public"."users" ALTER COLUMN "city" TYPE text COLLATE text_rules.german USING "city"::text;

ALTER TABLE "public"."users" ALTER COLUMN "login" TYPE text COLLATE public.case_insensitive USING "login"::text;

CREATE INDEX users_city_sorted ON public.users USING btree (city COLLATE codes);

COMMIT;
