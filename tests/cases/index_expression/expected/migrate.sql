-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE INDEX people_full_name_idx ON public.people USING btree ((((first_name || ' '::text) || last_name)), id);

CREATE UNIQUE INDEX people_lower_email_uidx ON public.people USING btree (lower(email));

COMMIT;
