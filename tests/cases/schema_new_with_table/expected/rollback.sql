-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "billing"."invoices" DROP CONSTRAINT "invoices_pkey";

DROP TABLE "billing"."invoices";

DROP SCHEMA "billing";

COMMIT;
