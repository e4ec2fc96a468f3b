-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: takes out a table dropped only with --force
-- ALTER PUBLICATION "readings_pub" DROP TABLE ONLY "public"."readings";

-- needs --force: part of rebuilding table readings for its partitioning
-- DROP MATERIALIZED VIEW "public"."readings_count";

-- needs --force (part of rebuilding table readings for its partitioning): Changed 'readings' from not partitioned → PARTITION BY RANGE (year) (rebuilt with its rows)
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_90a83a50b367" AS SELECT "id", "year", "sensor", "value" FROM "public"."readings";

-- needs --force: part of rebuilding table readings for its partitioning
-- DROP FUNCTION "public"."reading_label"(r readings);

-- needs --force: drops table readings, part of rebuilding table readings for its partitioning
-- DROP TABLE "public"."readings";

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE TABLE "public"."readings" (
--     "id" bigint NOT NULL, 
--     "year" integer NOT NULL, 
--     "sensor" text NOT NULL, 
--     "value" numeric
-- )
--  PARTITION BY RANGE (year);
--
-- COMMENT ON COLUMN "public"."readings"."value" IS 'in °C';

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE TABLE "public"."readings_2024" PARTITION OF "public"."readings" FOR VALUES FROM (2024) TO (2025) PARTITION BY LIST (sensor);

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE TABLE "public"."readings_rest" PARTITION OF "public"."readings" DEFAULT;

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE TABLE "public"."readings_2024_a" PARTITION OF "public"."readings_2024" FOR VALUES IN ('a');

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE TABLE "public"."readings_2024_rest" PARTITION OF "public"."readings_2024" DEFAULT;

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE OR REPLACE FUNCTION public.reading_label(r readings)
--  RETURNS text
--  LANGUAGE sql
-- AS $function$ SELECT r.sensor || ':' || r.value $function$;

-- needs --force: part of rebuilding table readings for its partitioning
-- INSERT INTO "public"."readings" ("id", "year", "sensor", "value") SELECT "id", "year", "sensor", "value" FROM "pg_temp"."krakn_rows_90a83a50b367";
--
-- DROP TABLE "pg_temp"."krakn_rows_90a83a50b367";

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE MATERIALIZED VIEW "public"."readings_count" AS
-- SELECT count(*) AS n
--    FROM readings
-- WITH DATA;

-- needs --force: part of rebuilding table readings for its partitioning
-- CREATE POLICY "readings_mine" ON "public"."readings" AS PERMISSIVE FOR ALL TO PUBLIC USING ((sensor <> 'secret'::text));

-- needs --force: part of rebuilding table readings for its partitioning
-- ALTER TABLE "public"."readings" ENABLE ROW LEVEL SECURITY;

-- needs --force: adds a table made only with --force
-- ALTER PUBLICATION "readings_pub" ADD TABLE ONLY "public"."readings";

COMMIT;
