-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

COMMENT ON TABLE "public"."books" IS 'Books in the catalogue';

COMMENT ON COLUMN "public"."books"."isbn" IS 'ISBN-13, digits only';

COMMENT ON COLUMN "public"."books"."pages" IS NULL;

COMMENT ON COLUMN "public"."books"."title" IS 'Display title';

COMMENT ON TABLE "public"."shelves" IS NULL;

COMMIT;
