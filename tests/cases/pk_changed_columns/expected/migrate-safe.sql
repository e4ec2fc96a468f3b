-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."documents" DROP CONSTRAINT "documents_pkey";

ALTER TABLE "public"."documents" ADD CONSTRAINT "documents_pkey" PRIMARY KEY (tenant_id, id);

COMMIT;
