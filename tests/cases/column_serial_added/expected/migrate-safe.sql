-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SEQUENCE "public"."logs_big_seq_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE SEQUENCE "public"."logs_seq_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

ALTER TABLE "public"."logs" ADD COLUMN "seq" integer DEFAULT nextval('logs_seq_seq'::regclass) NOT NULL;

ALTER TABLE "public"."logs" ADD COLUMN "big_seq" bigint DEFAULT nextval('logs_big_seq_seq'::regclass) NOT NULL;

ALTER SEQUENCE "public"."logs_big_seq_seq" OWNED BY "public"."logs"."big_seq";

SELECT setval('"public"."logs_big_seq_seq"', max("big_seq")) FROM "public"."logs" HAVING max("big_seq") IS NOT NULL;

ALTER SEQUENCE "public"."logs_seq_seq" OWNED BY "public"."logs"."seq";

SELECT setval('"public"."logs_seq_seq"', max("seq")) FROM "public"."logs" HAVING max("seq") IS NOT NULL;

COMMIT;
