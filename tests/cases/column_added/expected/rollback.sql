-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."users" DROP COLUMN "login_count";

ALTER TABLE "public"."users" DROP COLUMN "is_active";

ALTER TABLE "public"."users" DROP COLUMN "nickname";

COMMIT;
