-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."Order" DROP CONSTRAINT "Order_user_fkey";

DROP INDEX "public"."Order_from_IDX";

ALTER TABLE "public"."select" DROP CONSTRAINT "select_pkey";

ALTER TABLE "public"."user" ALTER COLUMN "userName" DROP NOT NULL;

ALTER TABLE "public"."Order" ALTER COLUMN "Total" DROP DEFAULT;

ALTER TABLE "public"."user" ALTER COLUMN "userName" TYPE character varying(50) USING "userName"::character varying(50);

ALTER TABLE "public"."Order" ALTER COLUMN "Total" TYPE integer USING "Total"::integer;

ALTER TABLE "public"."user" DROP COLUMN "group";

ALTER TABLE "public"."Order" DROP COLUMN "from";

DROP TABLE "public"."select";

COMMIT;
