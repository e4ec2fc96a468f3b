-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."invoice_no" AS bigint INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 5 NO CYCLE;

ALTER SEQUENCE "public"."ticket_no" AS integer INCREMENT BY 2 MINVALUE 1 MAXVALUE 100000 START WITH 1 CACHE 1 CYCLE;

ALTER SEQUENCE "public"."ticket_no" OWNED BY "public"."tickets"."no";

-- needs --force (drops data): Removed sequence 'old_counter'
-- DROP SEQUENCE "public"."old_counter";

COMMIT;
