-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."bins" DROP CONSTRAINT "bins_company_id_warehouse_code_fkey";

COMMIT;
