-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."docs" DROP COLUMN "terms";

DROP TEXT SEARCH CONFIGURATION "public"."words";

DROP TEXT SEARCH DICTIONARY "public"."plain_dict";

DROP TEXT SEARCH PARSER "public"."bare_prs";

DROP TEXT SEARCH TEMPLATE "public"."plain_tmpl";

DROP TEXT SEARCH PARSER "public"."words_prs";

COMMIT;
