-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."catted";

DROP VIEW "public"."film_list";

DROP VIEW "public"."longest";

DROP AGGREGATE "public"."max_length"(integer);

CREATE OR REPLACE FUNCTION public.len_min(integer, integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT least($1, $2) $function$;

DROP FUNCTION "public"."len_step"(acc integer, len integer);

CREATE OR REPLACE FUNCTION public.len_step(best integer, len integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT greatest(best, len) $function$;

DROP AGGREGATE "public"."group_concat"(text);

CREATE AGGREGATE "public"."group_concat"(text) (
    SFUNC = "public"."_group_concat",
    STYPE = text
);

CREATE AGGREGATE "public"."max_length"(integer) (
    SFUNC = "public"."len_step",
    STYPE = integer
);

COMMENT ON AGGREGATE "public"."max_length"(integer) IS 'the longest film';

CREATE AGGREGATE "public"."min_length"(integer) (
    SFUNC = "public"."len_min",
    STYPE = integer,
    PARALLEL = SAFE
);

CREATE VIEW "public"."film_list" AS
SELECT films.category,
    group_concat(films.title) AS titles
   FROM films
  GROUP BY films.category;

CREATE VIEW "public"."longest" AS
SELECT films.category,
    max_length(films.length) AS len,
    min_length(films.length) AS shortest
   FROM films
  GROUP BY films.category;

COMMENT ON AGGREGATE "public"."max_length"(integer) IS 'the longest film';

DROP AGGREGATE "public"."cat"(text);

DROP FUNCTION "public"."cat_step"(text, text);

COMMIT;
