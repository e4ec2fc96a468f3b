-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."contacts" ALTER COLUMN "phone" SET NOT NULL;

ALTER TABLE "public"."contacts" ALTER COLUMN "email" DROP NOT NULL;

COMMIT;
