-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."attachments" (
    "id" bigint NOT NULL, 
    "document_id" bigint NOT NULL, 
    "content" bytea, 
    "thumbnail" bytea
);

ALTER TABLE "public"."notes" ADD COLUMN "extra" text;

ALTER TABLE "public"."attachments" ALTER COLUMN "content" SET COMPRESSION lz4;

ALTER TABLE "public"."attachments" ALTER COLUMN "thumbnail" SET STORAGE EXTERNAL;

ALTER TABLE "public"."documents" ALTER COLUMN "body" SET STORAGE EXTENDED;

ALTER TABLE "public"."documents" ALTER COLUMN "body" SET COMPRESSION lz4;

ALTER TABLE "public"."documents" ALTER COLUMN "code" SET STORAGE MAIN;

ALTER TABLE "public"."documents" ALTER COLUMN "meta" SET COMPRESSION pglz;

ALTER TABLE "public"."documents" ALTER COLUMN "raw" SET STORAGE EXTERNAL;

ALTER TABLE "public"."documents" ALTER COLUMN "title" SET STORAGE MAIN;

ALTER TABLE "public"."notes" ALTER COLUMN "extra" SET COMPRESSION lz4;

ALTER TABLE "public"."attachments" ADD CONSTRAINT "attachments_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."attachments" ADD CONSTRAINT "attachments_document_id_fkey" FOREIGN KEY (document_id) REFERENCES documents(id);

DROP TABLE "public"."drafts";

COMMIT;
