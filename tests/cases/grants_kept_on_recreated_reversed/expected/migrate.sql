-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

ALTER TYPE "public"."mood" ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad';

BEGIN;

DROP VIEW "public"."recent";

DROP FUNCTION "public"."total"(n integer);

CREATE OR REPLACE FUNCTION public.total(n integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT n$function$;

ALTER TABLE "public"."orders" ALTER COLUMN "amount" TYPE integer USING "amount"::integer;

CREATE VIEW "public"."recent" AS
SELECT orders.id,
    orders.amount
   FROM orders;

GRANT SELECT ("id") ON TABLE "public"."recent" TO "krakn_case_writer";

REVOKE EXECUTE ON FUNCTION "public"."total"(integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "public"."total"(integer) TO "krakn_case_reader";

GRANT SELECT ON TABLE "public"."recent" TO "krakn_case_reader";

ALTER FUNCTION "public"."total"(integer) OWNER TO "krakn_case_owner";

ALTER VIEW "public"."recent" OWNER TO "krakn_case_owner";

COMMIT;
