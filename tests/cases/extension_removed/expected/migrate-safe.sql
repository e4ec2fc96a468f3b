-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed table 'legacy_prefs'
-- DROP TABLE "public"."legacy_prefs";

-- needs --force (drops data): Removed extension 'earthdistance'
-- DROP EXTENSION "earthdistance";

-- needs --force (drops data): Removed extension 'cube'
-- DROP EXTENSION "cube";

-- needs --force (drops data): Removed extension 'hstore'
-- DROP EXTENSION "hstore";

COMMIT;
