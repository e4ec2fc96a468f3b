-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TABLE "public"."legacy_prefs";

DROP EXTENSION "earthdistance";

DROP EXTENSION "cube";

DROP EXTENSION "hstore";

COMMIT;
