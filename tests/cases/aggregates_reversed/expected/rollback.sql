-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "stats";

CREATE OR REPLACE FUNCTION public.sum_unstep(bigint, integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT $1 - coalesce($2, 0) $function$;

CREATE OR REPLACE FUNCTION public.sum_step(bigint, integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT $1 + coalesce($2, 0) $function$;

CREATE OR REPLACE FUNCTION public.nth_step(text[], text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT $1 || $2 $function$;

CREATE OR REPLACE FUNCTION public.nth_final(text[], integer, text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT $1[$2] $function$;

CREATE OR REPLACE FUNCTION public.avg_len_step(integer[], integer)
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT ARRAY[$1[1] + coalesce($2, 0), $1[2] + 1] $function$;

CREATE OR REPLACE FUNCTION public.avg_len_merge(integer[], integer[])
 RETURNS integer[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT ARRAY[$1[1] + $2[1], $1[2] + $2[2]] $function$;

CREATE OR REPLACE FUNCTION public.avg_len_final(integer[])
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT CASE WHEN $1[2] = 0 THEN NULL
                                           ELSE $1[1]::numeric / $1[2] END $function$;

CREATE OR REPLACE FUNCTION public._group_concat(text, text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$
    SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 = '' THEN $2 ELSE $1 || ', ' || $2 END
$function$;

CREATE AGGREGATE "stats"."longest"(text) (
    SFUNC = "pg_catalog"."text_larger",
    STYPE = text,
    PARALLEL = RESTRICTED
);

CREATE AGGREGATE "public"."running_length"(integer) (
    SFUNC = "public"."sum_step",
    STYPE = bigint,
    INITCOND = '0',
    MSFUNC = "public"."sum_step",
    MINVFUNC = "public"."sum_unstep",
    MSTYPE = bigint,
    MINITCOND = '0'
);

CREATE AGGREGATE "public"."nth_value_of"(integer ORDER BY text) (
    SFUNC = "public"."nth_step",
    STYPE = text[],
    FINALFUNC = "public"."nth_final",
    FINALFUNC_EXTRA,
    INITCOND = '{}'
);

CREATE AGGREGATE "public"."group_concat"(text) (
    SFUNC = "public"."_group_concat",
    STYPE = text,
    INITCOND = ''
);

COMMENT ON AGGREGATE "public"."group_concat"(text) IS 'comma-separated list';

CREATE AGGREGATE "public"."avg_length"(integer) (
    SFUNC = "public"."avg_len_step",
    STYPE = integer[],
    FINALFUNC = "public"."avg_len_final",
    COMBINEFUNC = "public"."avg_len_merge",
    INITCOND = '{0,0}',
    PARALLEL = SAFE
);

CREATE VIEW "public"."film_summary" AS
SELECT films.category,
    avg_length(films.length) AS avg_len,
    stats.longest(films.title) AS longest,
    nth_value_of(1) WITHIN GROUP (ORDER BY films.title) AS first_title,
    running_length(films.length) OVER () AS total
   FROM films
  GROUP BY films.category, films.length;

CREATE VIEW "public"."film_list" AS
SELECT films.category,
    group_concat(films.title) AS titles
   FROM films
  GROUP BY films.category;

COMMIT;
