-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."m_2024" DETACH PARTITION "public"."m_2024_a";

ALTER TABLE "public"."m" DETACH PARTITION "public"."m_2025";

ALTER TABLE "public"."m_2024" ATTACH PARTITION "public"."m_2025" FOR VALUES IN ('b');

COMMIT;
