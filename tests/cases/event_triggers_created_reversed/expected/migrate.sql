-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP EVENT TRIGGER "log_rewrites";

DROP EVENT TRIGGER "log_table_ddl";

DROP EVENT TRIGGER "no_drops";

DROP FUNCTION "public"."log_ddl"();

DROP FUNCTION "public"."refuse_drops"();

COMMIT;
