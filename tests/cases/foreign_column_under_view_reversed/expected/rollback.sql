-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."top_orders";

DROP VIEW "public"."item_labels";

DROP VIEW "public"."big_orders";

ALTER FOREIGN TABLE "public"."orders" DROP COLUMN "legacy";

ALTER FOREIGN TABLE "public"."orders" ALTER COLUMN "amount" TYPE bigint;

ALTER FOREIGN TABLE "public"."orders" ALTER COLUMN "note" TYPE character varying(40) COLLATE "pg_catalog"."C";

DROP FOREIGN TABLE "public"."items";

DROP SERVER "vault";

CREATE SERVER "vault" FOREIGN DATA WRAPPER "vault_fdw";

CREATE FOREIGN TABLE "public"."items" (
    "id" integer,
    "label" text
) SERVER "vault";

CREATE VIEW "public"."item_labels" AS
SELECT items.label
   FROM items;

CREATE VIEW "public"."big_orders" AS
SELECT orders.id,
    orders.amount,
    orders.note
   FROM orders
  WHERE (orders.amount > 100);

CREATE VIEW "public"."top_orders" AS
SELECT big_orders.id,
    big_orders.amount
   FROM big_orders
  ORDER BY big_orders.amount DESC
 LIMIT 10;

GRANT SELECT ON TABLE "public"."big_orders" TO PUBLIC;

COMMIT;
