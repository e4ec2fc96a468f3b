-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."on_report";

DROP VIEW "public"."labels";

DROP VIEW "public"."report";

DROP MATERIALIZED VIEW "public"."totals";

DROP TABLE "public"."tickets";

CREATE SEQUENCE "public"."tickets" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

DROP SEQUENCE "public"."counter";

CREATE TABLE "public"."counter" (
    "id" integer NOT NULL
);

CREATE TABLE "public"."report" (
    "id" integer, 
    "label" text
);

ALTER TABLE "public"."counter" ADD CONSTRAINT "counter_pkey" PRIMARY KEY (id);

CREATE MATERIALIZED VIEW "public"."labels" AS
SELECT base.label
   FROM base
WITH DATA;

CREATE VIEW "public"."on_report" AS
SELECT report.id
   FROM report;

DROP TABLE "public"."snapshot";

CREATE VIEW "public"."snapshot" AS
SELECT base.id,
    base.label
   FROM base;

CREATE VIEW "public"."totals" AS
SELECT count(*) AS n
   FROM base;

COMMIT;
