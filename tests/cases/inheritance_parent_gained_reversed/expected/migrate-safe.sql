-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."child" NO INHERIT "public"."base";

-- needs --force (drops data): Removed column 'note' from 'child'
-- ALTER TABLE "public"."child" DROP COLUMN "note";

-- needs --force (drops data): Removed table 'base'
-- DROP TABLE "public"."base";

COMMIT;
