-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (takes out a table dropped only with --force): Removed table counter in publication 'feed'; Removed table report in publication 'feed'
-- ALTER PUBLICATION "feed" DROP TABLE ONLY "public"."counter", TABLE ONLY "public"."report";

-- needs --force (takes out a table dropped only with --force): Removed table report in publication 'report_only'
-- ALTER PUBLICATION "report_only" DROP TABLE ONLY "public"."report";

DROP VIEW "public"."snapshot";

-- needs --force (drops data): Removed table 'counter'
-- DROP TABLE "public"."counter";

-- needs --force (takes the name of an object dropped only with --force): Added sequence 'counter'
-- CREATE SEQUENCE "public"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."snapshot" (
    "id" integer, 
    "label" text
);

-- needs --force (drops data): Removed table 'report'
-- DROP TABLE "public"."report";

-- needs --force (takes the name of an object dropped only with --force): Added view 'report'
-- CREATE VIEW "public"."report" AS
-- SELECT base.id,
--     base.label
--    FROM base;

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."snapshot";

ALTER PUBLICATION "report_only" ADD TABLE ONLY "public"."snapshot";

COMMIT;
