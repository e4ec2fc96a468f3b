-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TEXT SEARCH CONFIGURATION "public"."old_search" (PARSER = "pg_catalog"."default");

ALTER TEXT SEARCH CONFIGURATION "public"."old_search" ADD MAPPING FOR "asciiword" WITH "public"."docs_stem";

DROP TEXT SEARCH CONFIGURATION "public"."tags";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "asciiword" WITH "public"."docs_simple";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" ALTER MAPPING FOR "word" WITH "public"."docs_stem";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" ADD MAPPING FOR "int" WITH "pg_catalog"."simple";

ALTER TEXT SEARCH CONFIGURATION "public"."docs" DROP MAPPING FOR "email", "url";

COMMENT ON TEXT SEARCH CONFIGURATION "public"."docs" IS 'Documentation search';

DROP TEXT SEARCH DICTIONARY "public"."tags_dict";

ALTER TEXT SEARCH DICTIONARY "public"."docs_simple" ("stopwords");

CREATE TEXT SEARCH DICTIONARY "public"."tags_dict" (TEMPLATE = "pg_catalog"."snowball", "language" = 'english');

CREATE TEXT SEARCH CONFIGURATION "public"."tags" (PARSER = "pg_catalog"."default");

ALTER TEXT SEARCH CONFIGURATION "public"."tags" ADD MAPPING FOR "asciiword" WITH "public"."tags_dict";

COMMIT;
