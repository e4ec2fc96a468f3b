-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE DOMAIN "app"."email" AS text CONSTRAINT "email_check" CHECK ((VALUE ~~ '%@%'::text));

CREATE TYPE "app"."level" AS ENUM ('low', 'high');

GRANT USAGE ON DOMAIN "app"."email" TO "krakn_case_reader";

REVOKE USAGE ON DOMAIN "app"."positive" FROM PUBLIC;

REVOKE USAGE ON DOMAIN "app"."positive" FROM "krakn_case_reader";

GRANT USAGE ON DOMAIN "app"."positive" TO "krakn_case_writer" WITH GRANT OPTION;

REVOKE USAGE ON TYPE "app"."level" FROM PUBLIC;

GRANT USAGE ON TYPE "app"."level" TO "krakn_case_writer";

GRANT USAGE ON TYPE "app"."mood" TO "krakn_case_reader";

REVOKE USAGE ON TYPE "app"."mood" FROM "krakn_case_writer";

REVOKE USAGE ON TYPE "app"."pair" FROM PUBLIC;

REVOKE USAGE ON TYPE "app"."pair" FROM "krakn_case_reader";

GRANT USAGE ON TYPE "app"."span" TO "krakn_case_reader" WITH GRANT OPTION;

-- needs --force (drops data): Removed domain 'app.code'
-- DROP DOMAIN "app"."code";

COMMIT;
