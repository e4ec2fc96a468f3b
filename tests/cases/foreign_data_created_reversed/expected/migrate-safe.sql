-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."legacy_totals";

CREATE TABLE "public"."current_orders" (
    "id" bigint NOT NULL, 
    "amount" numeric(10,2)
);

ALTER TABLE "public"."current_orders" ADD CONSTRAINT "current_orders_pkey" PRIMARY KEY (id);

DROP FOREIGN TABLE "legacy"."customers";

DROP FOREIGN TABLE "legacy"."orders";

DROP USER MAPPING FOR PUBLIC SERVER "legacy";

DROP USER MAPPING FOR "postgres" SERVER "legacy";

DROP SERVER "legacy";

DROP FOREIGN DATA WRAPPER "legacy_wrapper";

-- needs --force (drops data): Removed schema 'legacy'
-- DROP SCHEMA "legacy";

COMMIT;
