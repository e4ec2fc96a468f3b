-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TEXT SEARCH PARSER "public"."bare_prs" (START = "pg_catalog"."prsd_start", GETTOKEN = "pg_catalog"."prsd_nexttoken", END = "pg_catalog"."prsd_end", LEXTYPES = "pg_catalog"."prsd_lextype");

CREATE TEXT SEARCH TEMPLATE "public"."plain_tmpl" (INIT = "pg_catalog"."dsimple_init", LEXIZE = "pg_catalog"."dsimple_lexize");

COMMENT ON TEXT SEARCH TEMPLATE "public"."plain_tmpl" IS 'simple, by another name';

CREATE TEXT SEARCH PARSER "public"."words_prs" (START = "pg_catalog"."prsd_start", GETTOKEN = "pg_catalog"."prsd_nexttoken", END = "pg_catalog"."prsd_end", LEXTYPES = "pg_catalog"."prsd_lextype", HEADLINE = "pg_catalog"."prsd_headline");

COMMENT ON TEXT SEARCH PARSER "public"."words_prs" IS 'default, by another name';

CREATE TEXT SEARCH DICTIONARY "public"."plain_dict" (TEMPLATE = "public"."plain_tmpl", "stopwords" = 'english');

CREATE TEXT SEARCH CONFIGURATION "public"."words" (PARSER = "public"."words_prs");

ALTER TEXT SEARCH CONFIGURATION "public"."words" ADD MAPPING FOR "asciiword", "word" WITH "public"."plain_dict";

ALTER TABLE "public"."docs" ADD COLUMN "terms" tsvector GENERATED ALWAYS AS (to_tsvector('words'::regconfig, body)) STORED;

COMMIT;
