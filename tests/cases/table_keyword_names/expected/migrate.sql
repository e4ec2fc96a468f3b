-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."select" (
    "where" integer NOT NULL, 
    "table" text, 
    "order" integer
);

ALTER TABLE "public"."Order" ADD COLUMN "from" date;

ALTER TABLE "public"."user" ADD COLUMN "group" text;

ALTER TABLE "public"."Order" ALTER COLUMN "Total" TYPE numeric(10,2) USING "Total"::numeric(10,2);

ALTER TABLE "public"."user" ALTER COLUMN "userName" TYPE text USING "userName"::text;

ALTER TABLE "public"."Order" ALTER COLUMN "Total" SET DEFAULT 0;

ALTER TABLE "public"."user" ALTER COLUMN "userName" SET NOT NULL;

ALTER TABLE "public"."select" ADD CONSTRAINT "select_pkey" PRIMARY KEY ("where");

CREATE INDEX "Order_from_IDX" ON public."Order" USING btree ("from");

ALTER TABLE "public"."Order" ADD CONSTRAINT "Order_user_fkey" FOREIGN KEY ("user") REFERENCES "user"("ID");

COMMIT;
