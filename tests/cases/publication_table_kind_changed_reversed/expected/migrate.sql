-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "feed" DROP TABLE ONLY "public"."counter", TABLE ONLY "public"."report";

ALTER PUBLICATION "report_only" DROP TABLE ONLY "public"."report";

DROP VIEW "public"."snapshot";

DROP TABLE "public"."counter";

CREATE SEQUENCE "public"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."snapshot" (
    "id" integer, 
    "label" text
);

DROP TABLE "public"."report";

CREATE VIEW "public"."report" AS
SELECT base.id,
    base.label
   FROM base;

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."snapshot";

ALTER PUBLICATION "report_only" ADD TABLE ONLY "public"."snapshot";

COMMIT;
