-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."logs" ATTACH PARTITION "public"."logs_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

ALTER TABLE "public"."logs" DETACH PARTITION "public"."logs_2025";

COMMIT;
