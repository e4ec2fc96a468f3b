-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."logs" DETACH PARTITION "public"."logs_2023";

ALTER TABLE "public"."logs" ATTACH PARTITION "public"."logs_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMIT;
