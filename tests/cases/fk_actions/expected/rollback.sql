-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_backup_fkey";

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id);

COMMIT;
