-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER PUBLICATION "report_only" DROP TABLE ONLY "public"."snapshot";

ALTER PUBLICATION "feed" DROP TABLE ONLY "public"."snapshot";

DROP VIEW "public"."report";

CREATE TABLE "public"."report" (
    "id" integer NOT NULL, 
    "label" text
);

ALTER TABLE "public"."report" ADD CONSTRAINT "report_pkey" PRIMARY KEY (id);

DROP TABLE "public"."snapshot";

DROP SEQUENCE "public"."counter";

CREATE TABLE "public"."counter" (
    "id" integer NOT NULL
);

ALTER TABLE "public"."counter" ADD CONSTRAINT "counter_pkey" PRIMARY KEY (id);

CREATE VIEW "public"."snapshot" AS
SELECT base.id,
    base.label
   FROM base;

ALTER PUBLICATION "report_only" ADD TABLE ONLY "public"."report" ("id");

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."counter", TABLE ONLY "public"."report";

COMMIT;
