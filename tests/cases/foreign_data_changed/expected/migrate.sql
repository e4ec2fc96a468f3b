-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP FOREIGN TABLE "public"."vault_items";

DROP USER MAPPING FOR PUBLIC SERVER "vault";

ALTER FOREIGN DATA WRAPPER "files" OPTIONS (DROP "quote", SET "encoding" 'UTF8', ADD "delimiter" ',');

ALTER SERVER "imports" VERSION '2';

ALTER SERVER "imports" OPTIONS (SET "directory" '/srv/imports');

DROP SERVER "vault";

CREATE SERVER "vault" FOREIGN DATA WRAPPER "archive" OPTIONS ("region" 'eu');

ALTER USER MAPPING FOR PUBLIC SERVER "imports" OPTIONS (ADD "role" 'import');

CREATE USER MAPPING FOR PUBLIC SERVER "vault" OPTIONS ("user" 'vault');

CREATE FOREIGN TABLE "public"."vault_items" (
    "id" integer,
    "label" text
) SERVER "vault";

ALTER FOREIGN TABLE "public"."daily_import" OPTIONS (DROP "skip", SET "filename" 'daily.csv', ADD "header" 'true');

ALTER FOREIGN TABLE "public"."daily_import" DROP CONSTRAINT "daily_import_quantity";

ALTER FOREIGN TABLE "public"."daily_import" DROP COLUMN "legacy_code";

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "line_no" TYPE bigint;

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "line_no" SET NOT NULL;

ALTER FOREIGN TABLE "public"."daily_import" ALTER COLUMN "quantity" SET DEFAULT 1;

ALTER FOREIGN TABLE "public"."daily_import" ADD COLUMN "price" numeric(12,2) OPTIONS ("format" 'decimal');

ALTER FOREIGN TABLE "public"."daily_import" ADD CONSTRAINT "daily_import_quantity" CHECK ((quantity >= 0));

COMMENT ON FOREIGN TABLE "public"."daily_import" IS 'Daily stock file';

DROP FOREIGN DATA WRAPPER "old_archive";

COMMIT;
