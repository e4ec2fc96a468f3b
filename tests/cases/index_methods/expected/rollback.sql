-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."readings_token_hash";

DROP INDEX "public"."readings_taken_brin";

DROP INDEX "public"."readings_tags_gin";

DROP INDEX "public"."readings_payload_gin";

CREATE INDEX readings_taken_brin ON public.readings USING btree (taken_at);

COMMIT;
