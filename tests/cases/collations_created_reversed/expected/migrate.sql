-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."users_city_sorted";

ALTER TABLE "public"."users" ALTER COLUMN "city" TYPE text USING "city"::text;

ALTER TABLE "public"."users" ALTER COLUMN "login" TYPE text USING "login"::text;

ALTER TABLE "public"."users" DROP COLUMN "country_code";

DROP DOMAIN "public"."code_text";

DROP COLLATION "public"."case_insensitive";

DROP COLLATION "public"."codes";

DROP COLLATION "text_rules"."german";

DROP SCHEMA "text_rules";

COMMIT;
