-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON FUNCTION "public"."a"() IS 'it''s one';

COMMENT ON FUNCTION "public"."b"(x integer) IS 'identity, new words';

COMMENT ON FUNCTION "public"."c"() IS NULL;

COMMENT ON PROCEDURE "public"."d"() IS E'does nothing\\much';

COMMIT;
