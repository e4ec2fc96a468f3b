-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "feed" DROP TABLE ONLY "public"."snapshot";

ALTER PUBLICATION "report_only" DROP TABLE ONLY "public"."snapshot";

DROP VIEW "public"."report";

DROP SEQUENCE "public"."counter";

CREATE TABLE "public"."counter" (
    "id" integer NOT NULL
);

CREATE TABLE "public"."report" (
    "id" integer NOT NULL, 
    "label" text
);

ALTER TABLE "public"."counter" ADD CONSTRAINT "counter_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."report" ADD CONSTRAINT "report_pkey" PRIMARY KEY (id);

DROP TABLE "public"."snapshot";

CREATE VIEW "public"."snapshot" AS
SELECT base.id,
    base.label
   FROM base;

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."report";

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."counter";

ALTER PUBLICATION "report_only" ADD TABLE ONLY "public"."report" ("id");

COMMIT;
