-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."lots" DROP COLUMN "size";

ALTER DOMAIN "public"."pair_count" DROP CONSTRAINT "pair_count_even";

ALTER DOMAIN "public"."pair_count" ADD CONSTRAINT "pair_count_even" CHECK ((VALUE >= 0));

ALTER DOMAIN "public"."even_int" DROP CONSTRAINT "even_int_even";

DROP DOMAIN "public"."even_int";

COMMIT;
