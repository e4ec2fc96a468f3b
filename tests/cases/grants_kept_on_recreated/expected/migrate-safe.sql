-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."recent";

-- needs --force (removes enum values): Changed enum type 'mood': values ('sad', 'ok', 'happy') → ('sad', 'happy')
-- ALTER TYPE "public"."mood" RENAME TO "mood__krakn_old";
--
-- CREATE TYPE "public"."mood" AS ENUM ('sad', 'happy');
--
-- ALTER TABLE "public"."orders" ALTER COLUMN "mood" TYPE "public"."mood" USING "mood"::text::"public"."mood";
--
-- DROP TYPE "public"."mood__krakn_old";

DROP FUNCTION "public"."total"(n integer);

CREATE OR REPLACE FUNCTION public.total(n integer)
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT n::bigint$function$;

ALTER TABLE "public"."orders" ALTER COLUMN "amount" TYPE bigint USING "amount"::bigint;

CREATE VIEW "public"."recent" AS
SELECT orders.id,
    orders.amount
   FROM orders;

GRANT SELECT ("id") ON TABLE "public"."recent" TO "krakn_case_writer";

REVOKE EXECUTE ON FUNCTION "public"."total"(integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "public"."total"(integer) TO "krakn_case_reader";

REVOKE USAGE ON TYPE "public"."mood" FROM PUBLIC;

GRANT USAGE ON TYPE "public"."mood" TO "krakn_case_reader";

GRANT SELECT ON TABLE "public"."recent" TO "krakn_case_reader";

ALTER FUNCTION "public"."total"(integer) OWNER TO "krakn_case_owner";

ALTER VIEW "public"."recent" OWNER TO "krakn_case_owner";

COMMIT;
