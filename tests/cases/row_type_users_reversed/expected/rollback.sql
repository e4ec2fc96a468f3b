-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TYPE "public"."money_amount" AS ("amount" numeric, "currency" character(3));

CREATE DOMAIN "public"."positive_amount" AS money_amount CONSTRAINT "positive_amount_check" CHECK (((VALUE).amount > (0)::numeric));

CREATE TABLE "public"."payments" (
    "id" integer NOT NULL, 
    "paid" positive_amount NOT NULL
);

ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_pkey" PRIMARY KEY (id);

CREATE TABLE "public"."addresses" (
    "street" text NOT NULL, 
    "city" text NOT NULL
);

CREATE DOMAIN "public"."checked_address" AS addresses CONSTRAINT "checked_address_check" CHECK (((VALUE).city IS NOT NULL));

CREATE TABLE "public"."customers" (
    "id" integer NOT NULL, 
    "home" addresses, 
    "work" checked_address
);

ALTER TABLE "public"."customers" ADD CONSTRAINT "customers_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."legacy" DROP CONSTRAINT "legacy_pkey";

DROP TABLE "public"."legacy";

CREATE VIEW "public"."customer_cities" AS
SELECT customers.id,
    (customers.home).city AS city
   FROM customers;

CREATE OR REPLACE FUNCTION public.city_of(c customer_cities)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT c.city $function$;

CREATE OR REPLACE FUNCTION public.cities_of(wanted text)
 RETURNS SETOF customer_cities
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM customer_cities WHERE city = wanted $function$;

COMMIT;
