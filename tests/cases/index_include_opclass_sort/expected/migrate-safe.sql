-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE INDEX articles_recent_idx ON public.articles USING btree (published_at DESC NULLS LAST, id);

CREATE UNIQUE INDEX articles_slug_uidx ON public.articles USING btree (slug) INCLUDE (title, author_id);

CREATE INDEX articles_title_prefix_idx ON public.articles USING btree (title text_pattern_ops);

COMMIT;
