-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "legacy";

CREATE FOREIGN DATA WRAPPER "legacy_wrapper" NO HANDLER NO VALIDATOR OPTIONS ("mode" 'read only');

COMMENT ON FOREIGN DATA WRAPPER "legacy_wrapper" IS 'No handler: a catalog of the old system';

CREATE SERVER "legacy" TYPE 'mainframe' VERSION '7.2' FOREIGN DATA WRAPPER "legacy_wrapper" OPTIONS ("host" 'legacy.internal', "port" '4100');

COMMENT ON SERVER "legacy" IS 'The old order system';

CREATE USER MAPPING FOR PUBLIC SERVER "legacy" OPTIONS ("user" 'reader');

CREATE USER MAPPING FOR "postgres" SERVER "legacy" OPTIONS ("user" 'admin');

CREATE FOREIGN TABLE "legacy"."customers" (
    "id" integer,
    "name" text
) SERVER "legacy";

CREATE FOREIGN TABLE "legacy"."orders" (
    "order_no" integer OPTIONS ("column_name" 'ORDNO') NOT NULL,
    "customer" text COLLATE "pg_catalog"."C",
    "placed" date NOT NULL DEFAULT CURRENT_DATE,
    "amount" numeric(10,2),
    CONSTRAINT "orders_amount_positive" CHECK ((amount > (0)::numeric))
) SERVER "legacy" OPTIONS ("table_name" 'ORDERS', "schema" 'SALES');

COMMENT ON FOREIGN TABLE "legacy"."orders" IS 'Orders before 2020';

COMMENT ON COLUMN "legacy"."orders"."order_no" IS 'ORDNO in the old system';

CREATE VIEW "public"."legacy_totals" AS
SELECT orders.customer,
    sum(orders.amount) AS total
   FROM legacy.orders
  GROUP BY orders.customer;

-- needs --force (drops data): Removed table 'current_orders'
-- DROP TABLE "public"."current_orders";

COMMIT;
