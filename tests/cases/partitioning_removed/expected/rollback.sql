-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_account_region_fkey";

DROP INDEX "public"."accounts_balance_idx";

ALTER TABLE "public"."accounts" DROP CONSTRAINT "accounts_pkey";

CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_3db92797109c" AS SELECT "id", "region", "balance" FROM "public"."accounts";

CREATE TEMPORARY TABLE "pg_temp"."krakn_seq_3db92797109c" AS SELECT 'id'::text AS col, last_value, is_called FROM "public"."accounts_id_seq";

DROP TABLE "public"."accounts";

CREATE TABLE "public"."accounts" (
    "id" integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY 1 START WITH 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE), 
    "region" text NOT NULL, 
    "balance" numeric DEFAULT 0 NOT NULL
)
 PARTITION BY LIST (region);

ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_pkey" PRIMARY KEY (id, region);

CREATE INDEX accounts_balance_idx ON public.accounts USING btree (balance);

CREATE TABLE "public"."accounts_us" PARTITION OF "public"."accounts" FOR VALUES IN ('us');

CREATE TABLE "public"."accounts_eu" PARTITION OF "public"."accounts" FOR VALUES IN ('de', 'fr');

INSERT INTO "public"."accounts" ("id", "region", "balance") OVERRIDING SYSTEM VALUE SELECT "id", "region", "balance" FROM "pg_temp"."krakn_rows_3db92797109c";

DROP TABLE "pg_temp"."krakn_rows_3db92797109c";

SELECT setval('"public"."accounts_id_seq"', last_value, is_called) FROM "pg_temp"."krakn_seq_3db92797109c" WHERE col = 'id';

DROP TABLE "pg_temp"."krakn_seq_3db92797109c";

ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_account_region_fkey" FOREIGN KEY (account, region) REFERENCES accounts(id, region);

GRANT SELECT ON TABLE "public"."accounts" TO PUBLIC;

COMMIT;
