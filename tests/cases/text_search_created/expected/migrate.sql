-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TEXT SEARCH DICTIONARY "public"."article_simple" (TEMPLATE = "pg_catalog"."simple", "stopwords" = 'english', "accept" = 'false');

COMMENT ON TEXT SEARCH DICTIONARY "public"."article_simple" IS 'Drops English stop words';

CREATE TEXT SEARCH DICTIONARY "public"."article_stem" (TEMPLATE = "pg_catalog"."snowball", "language" = 'english');

CREATE TEXT SEARCH CONFIGURATION "public"."articles" (PARSER = "pg_catalog"."default");

ALTER TEXT SEARCH CONFIGURATION "public"."articles" ADD MAPPING FOR "asciiword", "word", "hword_part" WITH "public"."article_simple", "public"."article_stem";

ALTER TEXT SEARCH CONFIGURATION "public"."articles" ADD MAPPING FOR "int", "uint" WITH "pg_catalog"."simple";

COMMENT ON TEXT SEARCH CONFIGURATION "public"."articles" IS 'Article search';

ALTER TABLE "public"."articles" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('articles'::regconfig, ((title || ' '::text) || body))) STORED;

CREATE INDEX articles_title_fts ON public.articles USING gin (to_tsvector('articles'::regconfig, title));

COMMIT;
