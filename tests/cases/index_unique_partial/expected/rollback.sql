-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."accounts_live_slug_uidx";

DROP INDEX "public"."accounts_email_uidx";

DROP INDEX "public"."accounts_deleted_idx";

CREATE INDEX accounts_slug_idx ON public.accounts USING btree (slug);

COMMIT;
