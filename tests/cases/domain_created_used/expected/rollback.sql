-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "billing"."invoices" DROP COLUMN "contact";

ALTER TABLE "billing"."invoices" DROP COLUMN "tip";

ALTER TABLE "billing"."invoices" DROP COLUMN "total";

DROP DOMAIN "billing"."small_amount";

DROP DOMAIN "public"."email";

DROP DOMAIN "billing"."money_amount";

COMMIT;
