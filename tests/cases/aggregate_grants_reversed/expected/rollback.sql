-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."summary";

DROP AGGREGATE "public"."max_length"(integer);

DROP AGGREGATE "public"."concat_all"(text);

CREATE AGGREGATE "public"."concat_all"(text) (
    SFUNC = "public"."_concat",
    STYPE = text,
    INITCOND = ''
);

DROP FUNCTION "public"."len_step"(best integer, len integer);

CREATE OR REPLACE FUNCTION public.len_step(acc integer, len integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT greatest(acc, len) $function$;

CREATE AGGREGATE "public"."max_length"(integer) (
    SFUNC = "public"."len_step",
    STYPE = integer
);

CREATE VIEW "public"."summary" AS
SELECT concat_all(films.title) AS titles,
    max_length(films.length) AS longest
   FROM films;

REVOKE EXECUTE ON FUNCTION "public"."concat_all"(text) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "public"."concat_all"(text) TO "krakn_case_writer";

REVOKE EXECUTE ON FUNCTION "public"."max_length"(integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "public"."max_length"(integer) TO "krakn_case_reader" WITH GRANT OPTION;

GRANT SELECT ON TABLE "public"."summary" TO "krakn_case_reader";

COMMIT;
