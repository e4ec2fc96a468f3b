-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE UNLOGGED TABLE "public"."scratch_rows" (
    "n" integer NOT NULL, 
    "note" text
);

ALTER TABLE "public"."scratch_rows" ADD CONSTRAINT "scratch_rows_pkey" PRIMARY KEY (n);

ALTER TABLE "public"."import_errors" DROP CONSTRAINT "import_errors_line_fkey";

ALTER TABLE "public"."import_staging" DROP CONSTRAINT "import_staging_pkey";

ALTER TABLE "public"."session_cache" SET LOGGED;

ALTER TABLE "public"."page_views" SET UNLOGGED;

DROP TABLE "public"."import_staging";

DROP TABLE "public"."import_errors";

COMMIT;
