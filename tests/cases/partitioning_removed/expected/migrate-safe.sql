-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: part of rebuilding table accounts for its partitioning
-- ALTER TABLE "public"."payments" DROP CONSTRAINT "payments_account_region_fkey";

-- needs --force (part of rebuilding table accounts for its partitioning): Changed 'accounts' from PARTITION BY LIST (region) → not partitioned (rebuilt with its rows)
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_rows_3db92797109c" AS SELECT "id", "region", "balance" FROM "public"."accounts";
--
-- CREATE TEMPORARY TABLE "pg_temp"."krakn_seq_3db92797109c" AS SELECT 'id'::text AS col, last_value, is_called FROM "public"."accounts_id_seq";

-- needs --force: drops table accounts_eu, part of rebuilding table accounts for its partitioning
-- DROP TABLE "public"."accounts_eu";

-- needs --force: drops table accounts_us, part of rebuilding table accounts for its partitioning
-- DROP TABLE "public"."accounts_us";

-- needs --force: drops table accounts, part of rebuilding table accounts for its partitioning
-- DROP TABLE "public"."accounts";

-- needs --force: part of rebuilding table accounts for its partitioning
-- CREATE TABLE "public"."accounts" (
--     "id" integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY 1 START WITH 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE), 
--     "region" text NOT NULL, 
--     "balance" numeric DEFAULT 0 NOT NULL
-- );

-- needs --force: part of rebuilding table accounts for its partitioning
-- INSERT INTO "public"."accounts" ("id", "region", "balance") OVERRIDING SYSTEM VALUE SELECT "id", "region", "balance" FROM "pg_temp"."krakn_rows_3db92797109c";
--
-- DROP TABLE "pg_temp"."krakn_rows_3db92797109c";
--
-- SELECT setval('"public"."accounts_id_seq"', last_value, is_called) FROM "pg_temp"."krakn_seq_3db92797109c" WHERE col = 'id';
--
-- DROP TABLE "pg_temp"."krakn_seq_3db92797109c";

-- needs --force: part of rebuilding table accounts for its partitioning
-- ALTER TABLE "public"."accounts" ADD CONSTRAINT "accounts_pkey" PRIMARY KEY (id, region);

-- needs --force: part of rebuilding table accounts for its partitioning
-- CREATE INDEX accounts_balance_idx ON public.accounts USING btree (balance);

-- needs --force: part of rebuilding table accounts for its partitioning
-- ALTER TABLE "public"."payments" ADD CONSTRAINT "payments_account_region_fkey" FOREIGN KEY (account, region) REFERENCES accounts(id, region);

-- needs --force: part of rebuilding table accounts for its partitioning
-- GRANT SELECT ON TABLE "public"."accounts" TO PUBLIC;

COMMIT;
