-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (part of dropping table attachments): Removed foreign key 'attachments_document_id_fkey' from 'attachments'
-- ALTER TABLE "public"."attachments" DROP CONSTRAINT "attachments_document_id_fkey";

CREATE TABLE "public"."drafts" (
    "id" integer NOT NULL, 
    "body" text
);

ALTER TABLE "public"."documents" ALTER COLUMN "body" SET STORAGE EXTERNAL;

ALTER TABLE "public"."documents" ALTER COLUMN "body" SET COMPRESSION pglz;

ALTER TABLE "public"."documents" ALTER COLUMN "code" SET STORAGE EXTERNAL;

ALTER TABLE "public"."documents" ALTER COLUMN "meta" SET COMPRESSION DEFAULT;

ALTER TABLE "public"."documents" ALTER COLUMN "raw" SET STORAGE EXTENDED;

ALTER TABLE "public"."documents" ALTER COLUMN "title" SET STORAGE EXTENDED;

ALTER TABLE "public"."drafts" ALTER COLUMN "body" SET STORAGE MAIN;

ALTER TABLE "public"."drafts" ALTER COLUMN "body" SET COMPRESSION lz4;

-- needs --force: part of dropping a column
-- ALTER TABLE "public"."notes" ALTER COLUMN "extra" SET COMPRESSION DEFAULT;

ALTER TABLE "public"."drafts" ADD CONSTRAINT "drafts_pkey" PRIMARY KEY (id);

-- needs --force (drops data): Removed column 'extra' from 'notes'
-- ALTER TABLE "public"."notes" DROP COLUMN "extra";

-- needs --force (drops data): Removed table 'attachments'
-- DROP TABLE "public"."attachments";

COMMIT;
