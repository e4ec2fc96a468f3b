-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."clicks";

CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_2b7a952d202c" AS SELECT "id", "happened", "kind", "payload" FROM "public"."events";

DROP TABLE "public"."events_click";

DROP TABLE "public"."events_other";

DROP TABLE "public"."events_view";

DROP TABLE "public"."events";

CREATE TABLE "public"."events" (
    "id" bigint NOT NULL, 
    "happened" date NOT NULL, 
    "kind" text NOT NULL, 
    "payload" jsonb
)
 PARTITION BY RANGE (happened);

CREATE TABLE "public"."events_2024" PARTITION OF "public"."events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE "public"."events_other" PARTITION OF "public"."events" DEFAULT;

INSERT INTO "public"."events" ("id", "happened", "kind", "payload") SELECT "id", "happened", "kind", "payload" FROM "pg_temp"."krakn_rows_2b7a952d202c";

DROP TABLE "pg_temp"."krakn_rows_2b7a952d202c";

ALTER TABLE "public"."events" ADD CONSTRAINT "events_kind_check" CHECK ((kind <> ''::text));

CREATE INDEX events_happened_idx ON public.events USING btree (happened);

CREATE STATISTICS public.events_stats (dependencies) ON happened, kind FROM events;

CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION stamp();

CREATE VIEW "public"."clicks" AS
SELECT events.id,
    events.happened
   FROM events
  WHERE (events.kind = 'click'::text);

COMMIT;
