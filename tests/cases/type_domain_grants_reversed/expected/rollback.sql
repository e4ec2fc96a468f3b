-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TYPE "app"."level" AS ENUM ('low', 'high');

CREATE DOMAIN "app"."email" AS text CONSTRAINT "email_check" CHECK ((VALUE ~~ '%@%'::text));

GRANT USAGE ON TYPE "app"."span" TO "krakn_case_reader" WITH GRANT OPTION;

REVOKE USAGE ON TYPE "app"."pair" FROM "krakn_case_reader";

REVOKE USAGE ON TYPE "app"."pair" FROM PUBLIC;

REVOKE USAGE ON TYPE "app"."mood" FROM "krakn_case_writer";

GRANT USAGE ON TYPE "app"."mood" TO "krakn_case_reader";

GRANT USAGE ON DOMAIN "app"."positive" TO "krakn_case_writer" WITH GRANT OPTION;

REVOKE USAGE ON DOMAIN "app"."positive" FROM "krakn_case_reader";

REVOKE USAGE ON DOMAIN "app"."positive" FROM PUBLIC;

REVOKE USAGE ON DOMAIN "app"."code" FROM "krakn_case_writer";

GRANT USAGE ON DOMAIN "app"."code" TO PUBLIC;

DROP DOMAIN "app"."code";

GRANT USAGE ON DOMAIN "app"."email" TO "krakn_case_reader";

REVOKE USAGE ON TYPE "app"."level" FROM PUBLIC;

GRANT USAGE ON TYPE "app"."level" TO "krakn_case_writer";

COMMIT;
