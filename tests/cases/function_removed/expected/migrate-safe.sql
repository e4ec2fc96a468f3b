-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed column 'legacy_code' from 'items'
-- ALTER TABLE "public"."items" DROP COLUMN "legacy_code";

DROP FUNCTION "public"."item_name"(item integer);

-- needs --force (used by column legacy_code, dropped with --force): Removed function 'legacy_code()'
-- DROP FUNCTION "public"."legacy_code"();

DROP PROCEDURE "public"."noop"();

COMMIT;
