-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."invoices" ADD CONSTRAINT "invoices_account_id_fkey" FOREIGN KEY (account_id) REFERENCES crm.accounts(id) ON DELETE RESTRICT;

COMMIT;
