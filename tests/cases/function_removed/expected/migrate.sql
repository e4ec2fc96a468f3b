-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."items" DROP COLUMN "legacy_code";

DROP FUNCTION "public"."item_name"(item integer);

DROP FUNCTION "public"."legacy_code"();

DROP PROCEDURE "public"."noop"();

COMMIT;
