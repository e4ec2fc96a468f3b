-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE FUNCTION public.cat_step(text, text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT $1 || $2 $function$;

CREATE AGGREGATE "public"."cat"(text) (
    SFUNC = "public"."cat_step",
    STYPE = text,
    INITCOND = ''
);

COMMENT ON AGGREGATE "public"."max_length"(integer) IS 'old comment';

DROP VIEW "public"."longest";

DROP VIEW "public"."film_list";

DROP AGGREGATE "public"."min_length"(integer);

DROP AGGREGATE "public"."max_length"(integer);

DROP AGGREGATE "public"."group_concat"(text);

CREATE AGGREGATE "public"."group_concat"(text) (
    SFUNC = "public"."_group_concat",
    STYPE = text,
    INITCOND = ''
);

DROP FUNCTION "public"."len_step"(best integer, len integer);

CREATE OR REPLACE FUNCTION public.len_step(acc integer, len integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT greatest(acc, len) $function$;

DROP FUNCTION "public"."len_min"(integer, integer);

CREATE AGGREGATE "public"."max_length"(integer) (
    SFUNC = "public"."len_step",
    STYPE = integer
);

COMMENT ON AGGREGATE "public"."max_length"(integer) IS 'old comment';

CREATE VIEW "public"."longest" AS
SELECT films.category,
    max_length(films.length) AS len
   FROM films
  GROUP BY films.category;

CREATE VIEW "public"."film_list" AS
SELECT films.category,
    group_concat(films.title) AS titles
   FROM films
  GROUP BY films.category;

CREATE VIEW "public"."catted" AS
SELECT cat(films.title) AS titles
   FROM films;

COMMIT;
