-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."film_summary";

DROP VIEW "public"."film_list";

DROP AGGREGATE "stats"."longest"(text);

DROP AGGREGATE "public"."running_length"(integer);

DROP AGGREGATE "public"."nth_value_of"(integer ORDER BY text);

DROP AGGREGATE "public"."group_concat"(text);

DROP AGGREGATE "public"."avg_length"(integer);

DROP FUNCTION "public"."sum_unstep"(bigint, integer);

DROP FUNCTION "public"."sum_step"(bigint, integer);

DROP FUNCTION "public"."nth_step"(text[], text);

DROP FUNCTION "public"."nth_final"(text[], integer, text);

DROP FUNCTION "public"."avg_len_step"(integer[], integer);

DROP FUNCTION "public"."avg_len_merge"(integer[], integer[]);

DROP FUNCTION "public"."avg_len_final"(integer[]);

DROP FUNCTION "public"."_group_concat"(text, text);

DROP SCHEMA "stats";

COMMIT;
