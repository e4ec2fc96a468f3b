-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE DOMAIN "public"."even_int" AS integer CONSTRAINT "even_int_positive" CHECK ((VALUE > 0));

ALTER DOMAIN "public"."even_int" ADD CONSTRAINT "even_int_even" CHECK (is_even(VALUE));

ALTER DOMAIN "public"."pair_count" DROP CONSTRAINT "pair_count_even";

ALTER DOMAIN "public"."pair_count" ADD CONSTRAINT "pair_count_even" CHECK (is_even(VALUE));

ALTER TABLE "public"."lots" ADD COLUMN "size" even_int;

COMMIT;
