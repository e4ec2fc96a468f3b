-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "legacy";

CREATE TABLE "legacy"."old_accounts" (
    "id" integer NOT NULL, 
    "email" text
);

ALTER TABLE "legacy"."old_accounts" ADD CONSTRAINT "old_accounts_pkey" PRIMARY KEY (id);

COMMIT;
