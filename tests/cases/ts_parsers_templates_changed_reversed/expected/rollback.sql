-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TEXT SEARCH CONFIGURATION "public"."words";

DROP TEXT SEARCH CONFIGURATION "public"."stems";

DROP TEXT SEARCH DICTIONARY "public"."stem_dict";

DROP TEXT SEARCH PARSER "public"."words_prs";

DROP TEXT SEARCH TEMPLATE "public"."stem_tmpl";

COMMENT ON TEXT SEARCH PARSER "public"."other_prs" IS 'new words';

CREATE TEXT SEARCH PARSER "public"."words_prs" (START = "pg_catalog"."prsd_start", GETTOKEN = "pg_catalog"."prsd_nexttoken", END = "pg_catalog"."prsd_end", LEXTYPES = "pg_catalog"."prsd_lextype");

CREATE TEXT SEARCH TEMPLATE "public"."stem_tmpl" (INIT = "pg_catalog"."dsnowball_init", LEXIZE = "pg_catalog"."dsnowball_lexize");

CREATE TEXT SEARCH DICTIONARY "public"."stem_dict" (TEMPLATE = "public"."stem_tmpl", "language" = 'english');

CREATE TEXT SEARCH CONFIGURATION "public"."words" (PARSER = "public"."words_prs");

ALTER TEXT SEARCH CONFIGURATION "public"."words" ADD MAPPING FOR "asciiword" WITH "public"."stem_dict";

CREATE TEXT SEARCH CONFIGURATION "public"."stems" (PARSER = "pg_catalog"."default");

ALTER TEXT SEARCH CONFIGURATION "public"."stems" ADD MAPPING FOR "asciiword", "word" WITH "public"."stem_dict", "pg_catalog"."simple";

COMMIT;
