-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."users" DROP COLUMN "legacy_code";

ALTER TABLE "public"."users" DROP COLUMN "password_md5";

COMMIT;
