-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON PROCEDURE "public"."d"() IS NULL;

COMMENT ON FUNCTION "public"."c"() IS 'three';

COMMENT ON FUNCTION "public"."b"(x integer) IS 'identity';

COMMENT ON FUNCTION "public"."a"() IS NULL;

COMMIT;
