-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."accounts_slug_idx";

CREATE INDEX accounts_deleted_idx ON public.accounts USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);

CREATE UNIQUE INDEX accounts_email_uidx ON public.accounts USING btree (email);

CREATE UNIQUE INDEX accounts_live_slug_uidx ON public.accounts USING btree (slug) WHERE (deleted_at IS NULL);

COMMIT;
