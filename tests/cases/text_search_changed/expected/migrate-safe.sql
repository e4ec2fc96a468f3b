-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TEXT SEARCH CONFIGURATION "public"."tags";

DROP TEXT SEARCH DICTIONARY "public"."tags_dict";

ALTER TEXT SEARCH DICTIONARY "public"."docs_simple" ("stopwords" = 'english');

CREATE TEXT SEARCH DICTIONARY "public"."tags_dict" (TEMPLATE = "pg_catalog"."simple", "accept" = 'false');

COMMENT ON TEXT SEARCH DICTIONARY "public"."tags_dict" IS 'Tag words';

ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "asciiword", "word" WITH "public"."docs_simple", "public"."docs_stem";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" ADD MAPPING FOR "email", "url" WITH "pg_catalog"."simple";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" DROP MAPPING FOR "int";

COMMENT ON TEXT SEARCH CONFIGURATION "public"."docs" IS 'Documentation search, stemmed';

CREATE TEXT SEARCH CONFIGURATION "public"."tags" (PARSER = "pg_catalog"."default");

ALTER TEXT SEARCH CONFIGURATION "public"."tags" ADD MAPPING FOR "asciiword" WITH "public"."tags_dict";

DROP TEXT SEARCH CONFIGURATION "public"."old_search";

COMMIT;
