-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE DOMAIN "billing"."money_amount" AS numeric(12,2) DEFAULT 0 NOT NULL CONSTRAINT "money_amount_non_negative" CHECK ((VALUE >= (0)::numeric));

CREATE DOMAIN "public"."email" AS text COLLATE pg_catalog."C" CONSTRAINT "email_check" CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));

COMMENT ON DOMAIN "public"."email" IS 'An address with one @';

CREATE DOMAIN "billing"."small_amount" AS billing.money_amount DEFAULT 0 CONSTRAINT "small_amount_check" CHECK (((VALUE)::numeric < (1000)::numeric));

ALTER TABLE "billing"."invoices" ADD COLUMN "total" billing.money_amount;

ALTER TABLE "billing"."invoices" ADD COLUMN "tip" billing.small_amount;

ALTER TABLE "billing"."invoices" ADD COLUMN "contact" email;

COMMIT;
