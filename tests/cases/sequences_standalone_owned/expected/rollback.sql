-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."old_counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

ALTER SEQUENCE "public"."ticket_no" OWNED BY NONE;

ALTER SEQUENCE "public"."ticket_no" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE RESTART;

DROP SEQUENCE "public"."invoice_no";

COMMIT;
