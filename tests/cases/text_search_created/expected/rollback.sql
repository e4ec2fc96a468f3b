-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."articles_title_fts";

ALTER TABLE "public"."articles" DROP COLUMN "search";

DROP TEXT SEARCH CONFIGURATION "public"."articles";

DROP TEXT SEARCH DICTIONARY "public"."article_stem";

DROP TEXT SEARCH DICTIONARY "public"."article_simple";

COMMIT;
