-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP EVENT TRIGGER "no_drops";

DROP EVENT TRIGGER "log_table_ddl";

DROP EVENT TRIGGER "log_rewrites";

DROP FUNCTION "public"."refuse_drops"();

DROP FUNCTION "public"."log_ddl"();

COMMIT;
