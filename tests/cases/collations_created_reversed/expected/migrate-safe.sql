-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."users_city_sorted";

-- needs --force (narrows or reinterprets values): Changed type of 'city' in 'users' from text COLLATE text_rules.german → text
-- ALTER TABLE "public"."users" ALTER COLUMN "city" TYPE text USING "city"::text;

-- needs --force (narrows or reinterprets values): Changed type of 'login' in 'users' from text COLLATE public.case_insensitive → text
-- ALTER TABLE "public"."users" ALTER COLUMN "login" TYPE text USING "login"::text;

-- needs --force (drops data): Removed column 'country_code' from 'users'
-- ALTER TABLE "public"."users" DROP COLUMN "country_code";

-- needs --force (drops data): Removed domain 'code_text'
-- DROP DOMAIN "public"."code_text";

-- needs --force (still used by what --force drops first): Removed collation 'case_insensitive'
-- DROP COLLATION "public"."case_insensitive";

-- needs --force (still used by what --force drops first): Removed collation 'codes'
-- DROP COLLATION "public"."codes";

-- needs --force (still used by what --force drops first): Removed collation 'text_rules.german'
-- DROP COLLATION "text_rules"."german";

-- needs --force (drops data): Removed schema 'text_rules'
-- DROP SCHEMA "text_rules";

COMMIT;
