-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE DOMAIN "app"."code" AS character varying(8);

REVOKE GRANT OPTION FOR USAGE ON TYPE "app"."span" FROM "krakn_case_reader";

GRANT USAGE ON TYPE "app"."pair" TO "krakn_case_reader";

GRANT USAGE ON TYPE "app"."pair" TO PUBLIC;

GRANT USAGE ON TYPE "app"."mood" TO "krakn_case_writer";

REVOKE USAGE ON TYPE "app"."mood" FROM "krakn_case_reader";

REVOKE USAGE ON TYPE "app"."level" FROM "krakn_case_writer";

GRANT USAGE ON TYPE "app"."level" TO PUBLIC;

REVOKE USAGE ON DOMAIN "app"."positive" FROM "krakn_case_writer";

GRANT USAGE ON DOMAIN "app"."positive" TO "krakn_case_reader";

GRANT USAGE ON DOMAIN "app"."positive" TO PUBLIC;

REVOKE USAGE ON DOMAIN "app"."email" FROM "krakn_case_reader";

DROP TYPE "app"."level";

DROP DOMAIN "app"."email";

REVOKE USAGE ON DOMAIN "app"."code" FROM PUBLIC;

GRANT USAGE ON DOMAIN "app"."code" TO "krakn_case_writer";

COMMIT;
