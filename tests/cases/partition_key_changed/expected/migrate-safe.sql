-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: part of rebuilding table events for its partitioning
-- DROP VIEW "public"."clicks";

-- needs --force (part of rebuilding table events for its partitioning): Changed 'events' from PARTITION BY RANGE (happened) → PARTITION BY LIST (kind) (rebuilt with its rows)
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_2b7a952d202c" AS SELECT "id", "happened", "kind", "payload" FROM "public"."events";

-- needs --force: drops table events_2024, part of rebuilding table events for its partitioning
-- DROP TABLE "public"."events_2024";

-- needs --force: drops table events_other, part of rebuilding table events for its partitioning
-- DROP TABLE "public"."events_other";

-- needs --force: drops table events, part of rebuilding table events for its partitioning
-- DROP TABLE "public"."events";

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE TABLE "public"."events" (
--     "id" bigint NOT NULL, 
--     "happened" date NOT NULL, 
--     "kind" text NOT NULL, 
--     "payload" jsonb
-- )
--  PARTITION BY LIST (kind);

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE TABLE "public"."events_click" PARTITION OF "public"."events" FOR VALUES IN ('click');

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE TABLE "public"."events_other" PARTITION OF "public"."events" DEFAULT;

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE TABLE "public"."events_view" PARTITION OF "public"."events" FOR VALUES IN ('view');

-- needs --force: part of rebuilding table events for its partitioning
-- INSERT INTO "public"."events" ("id", "happened", "kind", "payload") SELECT "id", "happened", "kind", "payload" FROM "pg_temp"."krakn_rows_2b7a952d202c";
--
-- DROP TABLE "pg_temp"."krakn_rows_2b7a952d202c";

-- needs --force: part of rebuilding table events for its partitioning
-- ALTER TABLE "public"."events" ADD CONSTRAINT "events_kind_check" CHECK ((kind <> ''::text));

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE INDEX events_happened_idx ON public.events USING btree (happened);

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE STATISTICS public.events_stats (dependencies) ON happened, kind FROM events;

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE TRIGGER events_stamp BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION stamp();

-- needs --force: part of rebuilding table events for its partitioning
-- CREATE VIEW "public"."clicks" AS
-- SELECT events.id,
--     events.happened
--    FROM events
--   WHERE (events.kind = 'click'::text);

COMMIT;
