-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."contacts" ALTER COLUMN "email" SET NOT NULL;

ALTER TABLE "public"."contacts" ALTER COLUMN "phone" DROP NOT NULL;

COMMIT;
