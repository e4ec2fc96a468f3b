-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed column 'terms' from 'docs'
-- ALTER TABLE "public"."docs" DROP COLUMN "terms";

-- needs --force (still used by what --force drops first): Removed text search configuration 'words'
-- DROP TEXT SEARCH CONFIGURATION "public"."words";

-- needs --force (still used by what --force drops first): Removed text search dictionary 'plain_dict'
-- DROP TEXT SEARCH DICTIONARY "public"."plain_dict";

DROP TEXT SEARCH PARSER "public"."bare_prs";

-- needs --force (still used by what --force drops first): Removed text search template 'plain_tmpl'
-- DROP TEXT SEARCH TEMPLATE "public"."plain_tmpl";

-- needs --force (still used by what --force drops first): Removed text search parser 'words_prs'
-- DROP TEXT SEARCH PARSER "public"."words_prs";

COMMIT;
