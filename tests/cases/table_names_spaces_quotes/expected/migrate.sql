-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."O'Brien's ""notes""" (
    "id" integer NOT NULL, 
    "body" text
);

ALTER TABLE "public"."order items" ADD COLUMN "say ""hi""" text DEFAULT 'hello'::text;

ALTER TABLE "public"."order items" ALTER COLUMN "it's" TYPE text USING "it's"::text;

ALTER TABLE "public"."order items" ALTER COLUMN "unit price" SET DEFAULT 0;

ALTER TABLE "public"."order items" ALTER COLUMN "unit price" SET NOT NULL;

ALTER TABLE "public"."O'Brien's ""notes""" ADD CONSTRAINT "O'Brien's ""notes""_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."order items" ADD CONSTRAINT "price isn't negative" CHECK (("unit price" >= (0)::numeric));

CREATE INDEX "idx it's" ON public."order items" USING btree ("it's");

COMMIT;
