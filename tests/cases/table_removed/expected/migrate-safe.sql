-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed table 'scratch'
-- DROP TABLE "public"."scratch";

COMMIT;
