-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."orders" DROP CONSTRAINT "orders_customer_id_fkey";

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_backup_fkey" FOREIGN KEY (backup_customer_id) REFERENCES customers(id) ON UPDATE RESTRICT ON DELETE SET DEFAULT;

ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id) ON UPDATE SET NULL ON DELETE CASCADE;

COMMIT;
