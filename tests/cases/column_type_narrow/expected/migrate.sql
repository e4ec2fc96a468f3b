-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."products" ALTER COLUMN "code" TYPE character varying(50) USING "code"::character varying(50);

ALTER TABLE "public"."products" ALTER COLUMN "id" TYPE integer USING "id"::integer;

ALTER TABLE "public"."products" ALTER COLUMN "shelf" TYPE integer USING "shelf"::integer;

ALTER TABLE "public"."products" ALTER COLUMN "stock" TYPE integer USING "stock"::integer;

COMMIT;
