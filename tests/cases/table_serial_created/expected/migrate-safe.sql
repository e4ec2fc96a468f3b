-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."gadgets_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."gadgets" (
    "id" integer DEFAULT nextval('gadgets_id_seq'::regclass) NOT NULL, 
    "widget_id" integer, 
    "label" text NOT NULL
);

ALTER TABLE "public"."gadgets" ADD CONSTRAINT "gadgets_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."gadgets" ADD CONSTRAINT "gadgets_widget_id_fkey" FOREIGN KEY (widget_id) REFERENCES widgets(id);

ALTER SEQUENCE "public"."gadgets_id_seq" OWNED BY "public"."gadgets"."id";

SELECT setval('"public"."gadgets_id_seq"', max("id")) FROM "public"."gadgets" HAVING max("id") IS NOT NULL;

COMMIT;
