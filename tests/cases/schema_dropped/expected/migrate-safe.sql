-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops data): Removed table 'legacy.old_accounts'
-- DROP TABLE "legacy"."old_accounts";

-- needs --force (drops data): Removed schema 'legacy'
-- DROP SCHEMA "legacy";

COMMIT;
