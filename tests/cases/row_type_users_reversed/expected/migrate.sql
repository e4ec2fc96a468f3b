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

DROP TABLE "public"."customers";

DROP DOMAIN "public"."checked_address";

DROP TABLE "public"."addresses";

DROP TABLE "public"."payments";

DROP DOMAIN "public"."positive_amount";

DROP TYPE "public"."money_amount";

COMMIT;
