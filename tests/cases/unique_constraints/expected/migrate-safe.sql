-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."members" DROP CONSTRAINT "members_handle_key";

ALTER TABLE "public"."members" DROP CONSTRAINT "members_username_key";

ALTER TABLE "public"."members" ADD CONSTRAINT "members_email_key" UNIQUE (email);

ALTER TABLE "public"."members" ADD CONSTRAINT "members_handle_key" UNIQUE (org_id, handle);

ALTER TABLE "public"."members" ADD CONSTRAINT "members_org_username_key" UNIQUE (org_id, username);

COMMIT;
