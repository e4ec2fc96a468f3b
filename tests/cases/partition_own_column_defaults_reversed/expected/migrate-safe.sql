-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" DROP DEFAULT;

ALTER TABLE "public"."archive_2023" ALTER COLUMN "reading" DROP DEFAULT;

ALTER TABLE "public"."measurements_2024" ALTER COLUMN "reading" DROP DEFAULT;

ALTER TABLE "public"."measurements_2025" ALTER COLUMN "reading" DROP DEFAULT;

ALTER TABLE "public"."measurements_2025" ALTER COLUMN "region" DROP DEFAULT;

ALTER TABLE "public"."measurements" ALTER COLUMN "reading" SET DEFAULT 0;

ALTER TABLE "public"."archive_2023" ALTER COLUMN "reading" SET DEFAULT 0;

ALTER TABLE "public"."measurements_2024" ALTER COLUMN "reading" SET DEFAULT 0;

ALTER TABLE "public"."measurements_2025" ALTER COLUMN "reading" SET DEFAULT 5;

ALTER TABLE "public"."measurements_2024" ALTER COLUMN "region" DROP NOT NULL;

COMMIT;
