-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE PUBLICATION "billing" FOR TABLE ONLY "public"."customers" ("id", "name"), TABLE ONLY "public"."orders" ("id", "customer_id", "total") WHERE ((status = 'paid'::text)) WITH (publish = 'insert, update, delete');

CREATE PUBLICATION "reports" FOR TABLE ONLY "public"."events", TABLES IN SCHEMA "reporting" WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

CREATE PUBLICATION "warehouse" FOR ALL TABLES WITH (publish = 'insert, update');

COMMENT ON PUBLICATION "warehouse" IS 'Everything, for the warehouse';

COMMIT;
