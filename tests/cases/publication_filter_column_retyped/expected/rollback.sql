-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "billing" DROP TABLE ONLY "public"."orders";

ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE text USING "status"::text;

ALTER FOREIGN TABLE "public"."remote_stock" ALTER COLUMN "label" TYPE character varying(3);

ALTER PUBLICATION "billing" ADD TABLE ONLY "public"."orders" ("id", "status") WHERE ((status <> 'draft'::text));

COMMIT;
