-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP FUNCTION "public"."cities_of"(wanted text);

DROP FUNCTION "public"."city_of"(c customer_cities);

DROP VIEW "public"."customer_cities";

CREATE TABLE "public"."legacy" (
    "id" integer NOT NULL, 
    "note" text
);

ALTER TABLE "public"."legacy" ADD CONSTRAINT "legacy_pkey" PRIMARY KEY (id);

-- needs --force (drops data): Removed table 'customers'
-- DROP TABLE "public"."customers";

-- needs --force (drops data): Removed domain 'checked_address'
-- DROP DOMAIN "public"."checked_address";

-- needs --force (drops data): Removed table 'addresses'
-- DROP TABLE "public"."addresses";

-- needs --force (drops data): Removed table 'payments'
-- DROP TABLE "public"."payments";

-- needs --force (drops data): Removed domain 'positive_amount'
-- DROP DOMAIN "public"."positive_amount";

-- needs --force (drops data): Removed composite type 'money_amount'
-- DROP TYPE "public"."money_amount";

COMMIT;
