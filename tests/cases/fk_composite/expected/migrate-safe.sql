-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."bins" ADD CONSTRAINT "bins_company_id_warehouse_code_fkey" FOREIGN KEY (company_id, warehouse_code) REFERENCES warehouses(company_id, code);

COMMIT;
