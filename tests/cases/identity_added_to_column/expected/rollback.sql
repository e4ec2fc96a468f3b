-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tickets" ALTER COLUMN "id" DROP IDENTITY;

ALTER TABLE "public"."events" ALTER COLUMN "id" DROP IDENTITY;

CREATE SEQUENCE "public"."events_id_seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

ALTER SEQUENCE "public"."events_id_seq" OWNED BY "public"."events"."id";

ALTER TABLE "public"."events" ALTER COLUMN "id" SET DEFAULT nextval('events_id_seq'::regclass);

COMMIT;
