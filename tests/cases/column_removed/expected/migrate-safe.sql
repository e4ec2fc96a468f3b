-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed column 'legacy_code' from 'users'
-- ALTER TABLE "public"."users" DROP COLUMN "legacy_code";

-- needs --force (drops data): Removed column 'password_md5' from 'users'
-- ALTER TABLE "public"."users" DROP COLUMN "password_md5";

COMMIT;
