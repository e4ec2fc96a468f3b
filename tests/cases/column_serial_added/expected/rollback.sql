-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER SEQUENCE "public"."logs_seq_seq" OWNED BY NONE;

ALTER SEQUENCE "public"."logs_big_seq_seq" OWNED BY NONE;

ALTER TABLE "public"."logs" DROP COLUMN "big_seq";

ALTER TABLE "public"."logs" DROP COLUMN "seq";

DROP SEQUENCE "public"."logs_seq_seq";

DROP SEQUENCE "public"."logs_big_seq_seq";

COMMIT;
