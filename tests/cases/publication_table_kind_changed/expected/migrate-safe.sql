-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (takes out a table dropped only with --force): Removed table snapshot in publication 'feed'
-- ALTER PUBLICATION "feed" DROP TABLE ONLY "public"."snapshot";

-- needs --force (takes out a table dropped only with --force): Removed table snapshot in publication 'report_only'
-- ALTER PUBLICATION "report_only" DROP TABLE ONLY "public"."snapshot";

DROP VIEW "public"."report";

-- needs --force (drops data): Removed sequence 'counter'
-- DROP SEQUENCE "public"."counter";

-- needs --force (takes the name of an object dropped only with --force): Added table 'counter'
-- CREATE TABLE "public"."counter" (
--     "id" integer NOT NULL
-- );

CREATE TABLE "public"."report" (
    "id" integer NOT NULL, 
    "label" text
);

-- needs --force (takes the name of an object dropped only with --force): Added primary key 'counter_pkey' to 'counter': PRIMARY KEY (id)
-- ALTER TABLE "public"."counter" ADD CONSTRAINT "counter_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."report" ADD CONSTRAINT "report_pkey" PRIMARY KEY (id);

-- needs --force (drops data): Removed table 'snapshot'
-- DROP TABLE "public"."snapshot";

-- needs --force (takes the name of an object dropped only with --force): Added view 'snapshot'
-- CREATE VIEW "public"."snapshot" AS
-- SELECT base.id,
--     base.label
--    FROM base;

ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."report";

-- needs --force (adds a table made only with --force): Added table counter in publication 'feed'
-- ALTER PUBLICATION "feed" ADD TABLE ONLY "public"."counter";

ALTER PUBLICATION "report_only" ADD TABLE ONLY "public"."report" ("id");

COMMIT;
