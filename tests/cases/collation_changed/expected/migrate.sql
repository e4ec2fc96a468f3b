-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON COLLATION "public"."labels" IS 'Byte order for labels';

DROP COLLATION "public"."loose";

CREATE COLLATION "public"."loose" (PROVIDER = icu, LOCALE = 'und-u-ks-level1', DETERMINISTIC = false);

COMMENT ON COLLATION "public"."loose" IS 'Ignores case and accents';

DROP COLLATION "public"."sorting";

CREATE COLLATION "public"."sorting" (PROVIDER = icu, LOCALE = 'fr-FR');

COMMIT;
