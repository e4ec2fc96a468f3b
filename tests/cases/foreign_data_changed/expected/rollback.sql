-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE FOREIGN DATA WRAPPER "old_archive" NO HANDLER NO VALIDATOR;

ALTER FOREIGN TABLE "public"."daily_import" OPTIONS (DROP "header", SET "filename" 'import.csv', ADD "skip" '1');

ALTER FOREIGN TABLE "public"."daily_import" DROP CONSTRAINT "daily_import_quantity";

ALTER FOREIGN TABLE "public"."daily_import" DROP COLUMN "price";

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "line_no" TYPE integer;

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "line_no" DROP NOT NULL;

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "quantity" DROP DEFAULT;

ALTER FOREIGN TABLE "public"."daily_import" ADD COLUMN "legacy_code" text;

ALTER FOREIGN TABLE "public"."daily_import" ADD CONSTRAINT "daily_import_quantity" CHECK ((quantity > 0));

COMMENT ON FOREIGN TABLE "public"."daily_import" IS 'Daily file';

DROP FOREIGN TABLE "public"."vault_items";

DROP USER MAPPING FOR PUBLIC SERVER "vault";

ALTER USER MAPPING FOR PUBLIC SERVER "imports" OPTIONS (DROP "role");

DROP SERVER "vault";

CREATE SERVER "vault" FOREIGN DATA WRAPPER "old_archive" OPTIONS ("region" 'eu');

ALTER SERVER "imports" VERSION '1';

ALTER SERVER "imports" OPTIONS (SET "directory" '/srv/in');

ALTER FOREIGN DATA WRAPPER "files" OPTIONS (DROP "delimiter", SET "encoding" 'LATIN1', ADD "quote" '"');

CREATE USER MAPPING FOR PUBLIC SERVER "vault" OPTIONS ("user" 'vault');

CREATE FOREIGN TABLE "public"."vault_items" (
    "id" integer,
    "label" text
) SERVER "vault";

COMMIT;
