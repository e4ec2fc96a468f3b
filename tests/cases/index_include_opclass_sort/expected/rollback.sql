-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."articles_title_prefix_idx";

DROP INDEX "public"."articles_slug_uidx";

DROP INDEX "public"."articles_recent_idx";

COMMIT;
