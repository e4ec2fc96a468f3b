-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP MATERIALIZED VIEW "public"."labels";

-- needs --force: takes the name of an object dropped only with --force
-- DROP VIEW "public"."on_report";

DROP VIEW "public"."snapshot";

DROP VIEW "public"."totals";

-- needs --force (drops data): Removed table 'counter'
-- DROP TABLE "public"."counter";

-- needs --force (takes the name of an object dropped only with --force): Added sequence 'counter'
-- CREATE SEQUENCE "public"."counter" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

CREATE TABLE "public"."snapshot" (
    "id" integer, 
    "label" text
);

-- needs --force (drops data): Removed sequence 'tickets'
-- DROP SEQUENCE "public"."tickets";

-- needs --force (takes the name of an object dropped only with --force): Added table 'tickets'
-- CREATE TABLE "public"."tickets" (
--     "id" integer
-- );

CREATE VIEW "public"."labels" AS
SELECT base.label
   FROM base;

-- needs --force (drops data): Removed table 'report'
-- DROP TABLE "public"."report";

-- needs --force (takes the name of an object dropped only with --force): Added view 'report'
-- CREATE VIEW "public"."report" AS
-- SELECT base.id,
--     base.label
--    FROM base;

CREATE MATERIALIZED VIEW "public"."totals" AS
SELECT count(*) AS n
   FROM base
WITH DATA;

-- needs --force: takes the name of an object dropped only with --force
-- CREATE VIEW "public"."on_report" AS
-- SELECT report.id
--    FROM report;

COMMIT;
