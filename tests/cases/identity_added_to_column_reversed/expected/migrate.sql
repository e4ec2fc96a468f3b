-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."events" ALTER COLUMN "id" DROP IDENTITY;

ALTER TABLE "public"."tickets" ALTER COLUMN "id" DROP IDENTITY;

CREATE SEQUENCE "public"."events_id_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

ALTER TABLE "public"."events" ALTER COLUMN "id" SET DEFAULT nextval('events_id_seq'::regclass);

ALTER SEQUENCE "public"."events_id_seq" OWNED BY "public"."events"."id";

SELECT setval('"public"."events_id_seq"', max("id")) FROM "public"."events" HAVING max("id") IS NOT NULL;

COMMIT;
