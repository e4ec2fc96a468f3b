-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "billing" DROP TABLE ONLY "public"."orders";

ALTER FOREIGN TABLE "public"."remote_stock" ALTER COLUMN "label" TYPE text;

-- needs --force (narrows or reinterprets values): Changed type of 'status' in 'orders' from text → character varying(20)
-- ALTER TABLE "public"."orders" ALTER COLUMN "status" TYPE character varying(20) USING "status"::character varying(20);

ALTER PUBLICATION "billing" ADD TABLE ONLY "public"."orders" ("id", "status") WHERE (((status)::text <> 'draft'::text));

COMMIT;
