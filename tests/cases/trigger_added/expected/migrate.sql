-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.no_delete()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION 'ledger rows are kept (%)', TG_ARGV[0];
END $function$;

CREATE OR REPLACE FUNCTION public.stamp()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $function$;

CREATE TABLE "public"."ledger" (
    "id" integer NOT NULL, 
    "account" integer, 
    "amount" numeric
);

ALTER TABLE "public"."accounts" ADD COLUMN "updated_at" timestamp with time zone;

ALTER TABLE "public"."ledger" ADD CONSTRAINT "ledger_pkey" PRIMARY KEY (id);

CREATE TRIGGER accounts_stamp BEFORE INSERT OR UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION stamp();

CREATE TRIGGER ledger_keep BEFORE DELETE ON public.ledger FOR EACH STATEMENT EXECUTE FUNCTION no_delete('audit');

COMMENT ON TRIGGER "ledger_keep" ON "public"."ledger" IS 'ledger is append-only';

COMMIT;
