-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."articles_title_fts";

-- needs --force (drops data): Removed column 'search' from 'articles'
-- ALTER TABLE "public"."articles" DROP COLUMN "search";

-- needs --force (still used by what --force drops first): Removed text search configuration 'articles'
-- DROP TEXT SEARCH CONFIGURATION "public"."articles";

-- needs --force (still used by what --force drops first): Removed text search dictionary 'article_simple'
-- DROP TEXT SEARCH DICTIONARY "public"."article_simple";

-- needs --force (still used by what --force drops first): Removed text search dictionary 'article_stem'
-- DROP TEXT SEARCH DICTIONARY "public"."article_stem";

COMMIT;
