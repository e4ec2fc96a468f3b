-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."invoices" DROP CONSTRAINT "invoices_account_id_fkey";

COMMIT;
