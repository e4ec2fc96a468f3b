-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."totals";

DROP VIEW "public"."snapshot";

CREATE TABLE "public"."snapshot" (
    "id" integer, 
    "label" text
);

DROP VIEW "public"."on_report";

DROP MATERIALIZED VIEW "public"."labels";

ALTER TABLE "public"."counter" DROP CONSTRAINT "counter_pkey";

DROP TABLE "public"."report";

DROP TABLE "public"."counter";

CREATE SEQUENCE "public"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

DROP SEQUENCE "public"."tickets";

CREATE TABLE "public"."tickets" (
    "id" integer
);

CREATE MATERIALIZED VIEW "public"."totals" AS
SELECT count(*) AS n
   FROM base
WITH DATA;

CREATE VIEW "public"."report" AS
SELECT base.id,
    base.label
   FROM base;

CREATE VIEW "public"."labels" AS
SELECT base.label
   FROM base;

CREATE VIEW "public"."on_report" AS
SELECT report.id
   FROM report;

COMMIT;
