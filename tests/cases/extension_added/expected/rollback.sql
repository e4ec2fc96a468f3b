-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."users_login_trgm";

ALTER TABLE "public"."users" DROP COLUMN "login";

DROP EXTENSION "earthdistance";

DROP EXTENSION "pg_trgm";

DROP EXTENSION "cube";

DROP EXTENSION "citext";

DROP SCHEMA "ext";

COMMIT;
