-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."customers" ADD COLUMN "phone" text;

ALTER PUBLICATION "billing" DROP TABLE ONLY "public"."invoices", TABLE ONLY "public"."customers", TABLE ONLY "public"."orders";

DROP PUBLICATION "everything";

ALTER PUBLICATION "billing" SET (publish = 'insert', publish_via_partition_root = false);

COMMENT ON PUBLICATION "billing" IS 'Billing';

CREATE PUBLICATION "everything" FOR TABLE ONLY "public"."audit", TABLE ONLY "public"."orders" WITH (publish = 'insert, update, delete, truncate');

ALTER PUBLICATION "billing" ADD TABLE ONLY "public"."audit", TABLE ONLY "public"."customers" ("id", "name", "phone"), TABLE ONLY "public"."orders" ("id", "total") WHERE ((status = 'paid'::text));

COMMIT;
