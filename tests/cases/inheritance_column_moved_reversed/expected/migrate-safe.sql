-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."bikes" INHERIT "public"."vehicles";

ALTER TABLE "public"."trucks" NO INHERIT "public"."vehicles";

-- needs --force (drops data): Removed column 'wheels' from 'vehicles'
-- ALTER TABLE ONLY "public"."vehicles" DROP COLUMN "wheels";

COMMIT;
