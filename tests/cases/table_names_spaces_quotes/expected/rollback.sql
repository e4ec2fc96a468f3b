-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."idx it's";

ALTER TABLE "public"."order items" DROP CONSTRAINT "price isn't negative";

ALTER TABLE "public"."O'Brien's ""notes""" DROP CONSTRAINT "O'Brien's ""notes""_pkey";

ALTER TABLE "public"."order items" ALTER COLUMN "unit price" DROP NOT NULL;

ALTER TABLE "public"."order items" ALTER COLUMN "unit price" DROP DEFAULT;

ALTER TABLE "public"."order items" ALTER COLUMN "it's" TYPE character varying(10) USING "it's"::character varying(10);

ALTER TABLE "public"."order items" DROP COLUMN "say ""hi""";

DROP TABLE "public"."O'Brien's ""notes""";

COMMIT;
