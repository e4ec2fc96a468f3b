-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."on_report";

DROP MATERIALIZED VIEW "public"."totals";

DROP VIEW "public"."report";

CREATE TABLE "public"."report" (
    "id" integer, 
    "label" text
);

DROP VIEW "public"."labels";

DROP TABLE "public"."tickets";

CREATE SEQUENCE "public"."tickets" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

DROP TABLE "public"."snapshot";

DROP SEQUENCE "public"."counter";

CREATE TABLE "public"."counter" (
    "id" integer NOT NULL
);

ALTER TABLE "public"."counter" ADD CONSTRAINT "counter_pkey" PRIMARY KEY (id);

CREATE VIEW "public"."totals" AS
SELECT count(*) AS n
   FROM base;

CREATE VIEW "public"."snapshot" AS
SELECT base.id,
    base.label
   FROM base;

CREATE VIEW "public"."on_report" AS
SELECT report.id
   FROM report;

CREATE MATERIALIZED VIEW "public"."labels" AS
SELECT base.label
   FROM base
WITH DATA;

COMMIT;
