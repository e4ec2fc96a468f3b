-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE UNLOGGED TABLE "public"."import_errors" (
    "line" integer NOT NULL, 
    "message" text NOT NULL
);

COMMENT ON TABLE "public"."import_errors" IS 'rows the last import rejected';

CREATE UNLOGGED TABLE "public"."import_staging" (
    "line" integer NOT NULL, 
    "payload" jsonb
);

ALTER TABLE "public"."page_views" SET LOGGED;

ALTER TABLE "public"."session_cache" SET UNLOGGED;

ALTER TABLE "public"."import_staging" ADD CONSTRAINT "import_staging_pkey" PRIMARY KEY (line);

ALTER TABLE "public"."import_errors" ADD CONSTRAINT "import_errors_line_fkey" FOREIGN KEY (line) REFERENCES import_staging(line);

DROP TABLE "public"."scratch_rows";

COMMIT;
