-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TRIGGER "ledger_keep" ON "public"."ledger";

DROP TRIGGER "accounts_stamp" ON "public"."accounts";

ALTER TABLE "public"."ledger" DROP CONSTRAINT "ledger_pkey";

ALTER TABLE "public"."accounts" DROP COLUMN "updated_at";

DROP TABLE "public"."ledger";

DROP FUNCTION "public"."stamp"();

DROP FUNCTION "public"."no_delete"();

COMMIT;
