-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."sales" (
    "id" bigint NOT NULL, 
    "region" text NOT NULL, 
    "amount" numeric
)
 PARTITION BY LIST (region);

ALTER TABLE "public"."sales" ATTACH PARTITION "public"."sales_eu" FOR VALUES IN ('eu');

ALTER TABLE "public"."sales" ATTACH PARTITION "public"."sales_us" FOR VALUES IN ('us');

COMMIT;
