-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TYPE "public"."unit" AS ENUM ('mm', 'in');

CREATE TYPE "public"."dimensions" AS ("width" numeric(10,2), "height" numeric(10,2), "depth_unit" unit);

-- needs --force (drops an attribute): Changed composite type 'address': removed attribute 'country'
-- ALTER TYPE "public"."address" DROP ATTRIBUTE "country";

ALTER TYPE "public"."address" ALTER ATTRIBUTE "city" SET DATA TYPE character varying(200);

ALTER TYPE "public"."address" ADD ATTRIBUTE "postcode" text COLLATE pg_catalog."C";

ALTER TABLE "public"."boxes" ADD COLUMN "size" dimensions;

COMMENT ON TYPE "public"."address" IS 'Postal address';

COMMIT;
