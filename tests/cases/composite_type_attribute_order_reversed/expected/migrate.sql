-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP TYPE "public"."point3";

CREATE TYPE "public"."point3" AS ("z" double precision, "x" double precision, "y" double precision);

ALTER TYPE "public"."contact" DROP ATTRIBUTE "phone";

ALTER TYPE "public"."contact" ADD ATTRIBUTE "fax" text;

ALTER TYPE "public"."dims" DROP ATTRIBUTE "w";

ALTER TYPE "public"."dims" DROP ATTRIBUTE "h";

ALTER TYPE "public"."dims" ADD ATTRIBUTE "w" numeric(8,2);

ALTER TYPE "public"."dims" ADD ATTRIBUTE "h" numeric(10,2);

ALTER TYPE "public"."money_amount" DROP ATTRIBUTE "currency";

ALTER TYPE "public"."money_amount" DROP ATTRIBUTE "rate";

ALTER TYPE "public"."money_amount" ADD ATTRIBUTE "rate" numeric;

ALTER TYPE "public"."money_amount" ADD ATTRIBUTE "currency" character(3);

COMMIT;
