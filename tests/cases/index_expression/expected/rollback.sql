-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP INDEX "public"."people_lower_email_uidx";

DROP INDEX "public"."people_full_name_idx";

COMMIT;
