-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER SEQUENCE "public"."gadgets_id_seq" OWNED BY NONE;

ALTER TABLE "public"."gadgets" DROP CONSTRAINT "gadgets_widget_id_fkey";

ALTER TABLE "public"."gadgets" DROP CONSTRAINT "gadgets_pkey";

DROP TABLE "public"."gadgets";

DROP SEQUENCE "public"."gadgets_id_seq";

COMMIT;
