-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."carriers" DROP CONSTRAINT "carriers_pkey";

ALTER TABLE "public"."parcels" DROP COLUMN "history";

ALTER TABLE "public"."parcels" DROP COLUMN "state";

DROP TABLE "public"."carriers";

DROP TYPE "public"."shipping_state";

COMMIT;
