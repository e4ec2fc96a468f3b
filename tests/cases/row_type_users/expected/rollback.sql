-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."legacy" (
    "id" integer NOT NULL, 
    "note" text
);

ALTER TABLE "public"."legacy" ADD CONSTRAINT "legacy_pkey" PRIMARY KEY (id);

DROP FUNCTION "public"."city_of"(c customer_cities);

DROP FUNCTION "public"."cities_of"(wanted text);

DROP VIEW "public"."customer_cities";

ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_pkey";

ALTER TABLE "public"."customers" DROP CONSTRAINT "customers_pkey";

DROP TABLE "public"."payments";

DROP TABLE "public"."customers";

DROP DOMAIN "public"."checked_address";

DROP TABLE "public"."addresses";

DROP DOMAIN "public"."positive_amount";

DROP TYPE "public"."money_amount";

COMMIT;
