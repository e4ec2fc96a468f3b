-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (drops and recreates the type): Changed composite type 'point3': attribute order x, y, z → z, x, y
-- DROP TYPE "public"."point3";
--
-- CREATE TYPE "public"."point3" AS ("z" double precision, "x" double precision, "y" double precision);

-- needs --force (drops an attribute): Changed composite type 'contact': removed attribute 'phone'
-- ALTER TYPE "public"."contact" DROP ATTRIBUTE "phone";

ALTER TYPE "public"."contact" ADD ATTRIBUTE "fax" text;

-- needs --force (drops attributes and adds them again): Changed composite type 'dims': attributes w numeric(10,2), h numeric(10,2) → w numeric(8,2), h numeric(10,2) (attributes from 'w' on dropped and added again)
-- ALTER TYPE "public"."dims" DROP ATTRIBUTE "w";
--
-- ALTER TYPE "public"."dims" DROP ATTRIBUTE "h";
--
-- ALTER TYPE "public"."dims" ADD ATTRIBUTE "w" numeric(8,2);
--
-- ALTER TYPE "public"."dims" ADD ATTRIBUTE "h" numeric(10,2);

-- needs --force (drops attributes and adds them again): Changed composite type 'money_amount': attributes amount numeric(12,2), currency character(3), rate numeric → amount numeric(12,2), rate numeric, currency character(3) (attributes from 'rate' on dropped and added again)
-- ALTER TYPE "public"."money_amount" DROP ATTRIBUTE "currency";
--
-- ALTER TYPE "public"."money_amount" DROP ATTRIBUTE "rate";
--
-- ALTER TYPE "public"."money_amount" ADD ATTRIBUTE "rate" numeric;
--
-- ALTER TYPE "public"."money_amount" ADD ATTRIBUTE "currency" character(3);

COMMIT;
