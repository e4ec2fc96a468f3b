-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."import_errors" DROP CONSTRAINT "import_errors_line_fkey";

CREATE UNLOGGED TABLE "public"."scratch_rows" (
    "n" integer NOT NULL, 
    "note" text
);

ALTER TABLE "public"."session_cache" SET LOGGED;

ALTER TABLE "public"."page_views" SET UNLOGGED;

ALTER TABLE "public"."scratch_rows" ADD CONSTRAINT "scratch_rows_pkey" PRIMARY KEY (n);

DROP TABLE "public"."import_errors";

DROP TABLE "public"."import_staging";

COMMIT;
