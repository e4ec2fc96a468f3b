-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE OR REPLACE PROCEDURE public.log_message(IN msg text)
 LANGUAGE plpgsql
AS $procedure$ BEGIN INSERT INTO audit_log (msg) VALUES (msg); END $procedure$;

CREATE TABLE "public"."audit_log" (
    "id" bigint GENERATED ALWAYS AS IDENTITY (INCREMENT BY 1 START WITH 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE), 
    "msg" text NOT NULL
);

CREATE OR REPLACE PROCEDURE public.clear_log()
 LANGUAGE sql
BEGIN ATOMIC
 DELETE FROM audit_log;
END;

ALTER TABLE "public"."audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY (id);

-- needs --force (drops data): Removed table 'placeholder'
-- DROP TABLE "public"."placeholder";

COMMIT;
