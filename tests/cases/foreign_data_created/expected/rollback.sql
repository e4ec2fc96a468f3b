-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."current_orders" (
    "id" bigint NOT NULL, 
    "amount" numeric(10,2)
);

ALTER TABLE "public"."current_orders" ADD CONSTRAINT "current_orders_pkey" PRIMARY KEY (id);

DROP VIEW "public"."legacy_totals";

DROP FOREIGN TABLE "legacy"."orders";

DROP FOREIGN TABLE "legacy"."customers";

DROP USER MAPPING FOR "postgres" SERVER "legacy";

DROP USER MAPPING FOR PUBLIC SERVER "legacy";

DROP SERVER "legacy";

DROP FOREIGN DATA WRAPPER "legacy_wrapper";

DROP SCHEMA "legacy";

COMMIT;
