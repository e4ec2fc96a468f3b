-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "inventory"."stock" ALTER COLUMN "quantity" DROP NOT NULL;

ALTER TABLE "inventory"."stock" ALTER COLUMN "quantity" TYPE integer USING "quantity"::integer;

ALTER TABLE "inventory"."stock" DROP COLUMN "updated_at";

COMMIT;
