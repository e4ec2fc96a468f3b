-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP COLLATION "public"."sorting";

CREATE COLLATION "public"."sorting" (PROVIDER = icu, LOCALE = 'de-DE');

DROP COLLATION "public"."loose";

CREATE COLLATION "public"."loose" (PROVIDER = icu, LOCALE = 'und-u-ks-level1');

COMMENT ON COLLATION "public"."labels" IS 'Labels';

COMMIT;
