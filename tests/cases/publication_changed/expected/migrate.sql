-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "billing" DROP TABLE ONLY "public"."audit", TABLE ONLY "public"."customers", TABLE ONLY "public"."orders";

DROP PUBLICATION "everything";

ALTER PUBLICATION "billing" SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

COMMENT ON PUBLICATION "billing" IS 'Billing data';

CREATE PUBLICATION "everything" FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');

ALTER PUBLICATION "billing" ADD TABLE ONLY "public"."invoices", TABLE ONLY "public"."customers" ("id", "name"), TABLE ONLY "public"."orders" ("id", "total", "status") WHERE ((status <> 'draft'::text));

ALTER TABLE "public"."customers" DROP COLUMN "phone";

COMMIT;
