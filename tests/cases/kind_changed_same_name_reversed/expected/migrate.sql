-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP MATERIALIZED VIEW "public"."labels";

DROP VIEW "public"."on_report";

DROP VIEW "public"."snapshot";

DROP VIEW "public"."totals";

DROP TABLE "public"."counter";

CREATE SEQUENCE "public"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."snapshot" (
    "id" integer, 
    "label" text
);

DROP SEQUENCE "public"."tickets";

CREATE TABLE "public"."tickets" (
    "id" integer
);

CREATE VIEW "public"."labels" AS
SELECT base.label
   FROM base;

DROP TABLE "public"."report";

CREATE VIEW "public"."report" AS
SELECT base.id,
    base.label
   FROM base;

CREATE MATERIALIZED VIEW "public"."totals" AS
SELECT count(*) AS n
   FROM base
WITH DATA;

CREATE VIEW "public"."on_report" AS
SELECT report.id
   FROM report;

COMMIT;
