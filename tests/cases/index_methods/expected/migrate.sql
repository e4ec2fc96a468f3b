-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."readings_taken_brin";

CREATE INDEX readings_payload_gin ON public.readings USING gin (payload jsonb_path_ops);

CREATE INDEX readings_tags_gin ON public.readings USING gin (tags);

CREATE INDEX readings_taken_brin ON public.readings USING brin (taken_at) WITH (pages_per_range='32');

CREATE INDEX readings_token_hash ON public.readings USING hash (token);

COMMIT;
