-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE UNLOGGED TABLE "public"."import_staging" (
    "line" integer NOT NULL, 
    "payload" jsonb
);

ALTER TABLE "public"."import_staging" ADD CONSTRAINT "import_staging_pkey" PRIMARY KEY (line);

CREATE UNLOGGED TABLE "public"."import_errors" (
    "line" integer NOT NULL, 
    "message" text NOT NULL
);

COMMENT ON TABLE "public"."import_errors" IS 'rows the last import rejected';

ALTER TABLE "public"."scratch_rows" DROP CONSTRAINT "scratch_rows_pkey";

ALTER TABLE "public"."page_views" SET LOGGED;

ALTER TABLE "public"."session_cache" SET UNLOGGED;

DROP TABLE "public"."scratch_rows";

ALTER TABLE "public"."import_errors" ADD CONSTRAINT "import_errors_line_fkey" FOREIGN KEY (line) REFERENCES import_staging(line);

COMMIT;
