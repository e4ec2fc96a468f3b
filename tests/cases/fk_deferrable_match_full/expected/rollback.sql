-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."children" DROP CONSTRAINT "children_parent_fkey";

ALTER TABLE "public"."children" DROP CONSTRAINT "children_owner_fkey";

ALTER TABLE "public"."children" ADD CONSTRAINT "children_parent_fkey" FOREIGN KEY (pa, pb) REFERENCES parents(a, b);

ALTER TABLE "public"."children" ADD CONSTRAINT "children_owner_fkey" FOREIGN KEY (owner_a, pb) REFERENCES parents(a, b);

COMMIT;
