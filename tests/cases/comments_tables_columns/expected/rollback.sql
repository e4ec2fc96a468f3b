-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON TABLE "public"."shelves" IS 'to be removed';

COMMENT ON COLUMN "public"."books"."title" IS NULL;

COMMENT ON COLUMN "public"."books"."pages" IS 'page count (obsolete)';

COMMENT ON COLUMN "public"."books"."isbn" IS 'ISBN';

COMMENT ON TABLE "public"."books" IS NULL;

COMMIT;
