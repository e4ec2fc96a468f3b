-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."members" DROP CONSTRAINT "members_org_username_key";

ALTER TABLE "public"."members" DROP CONSTRAINT "members_handle_key";

ALTER TABLE "public"."members" DROP CONSTRAINT "members_email_key";

ALTER TABLE "public"."members" ADD CONSTRAINT "members_username_key" UNIQUE (username);

ALTER TABLE "public"."members" ADD CONSTRAINT "members_handle_key" UNIQUE (handle);

COMMIT;
