-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."archive_entries" (
    "id" bigint NOT NULL, 
    "body" text
)
 USING "heap2";

ALTER TABLE "public"."archive_entries" ADD CONSTRAINT "archive_entries_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."archive_entries" REPLICA IDENTITY FULL;

ALTER TABLE "public"."tags" REPLICA IDENTITY DEFAULT;

ALTER TABLE "public"."old_audit" REPLICA IDENTITY DEFAULT;

ALTER TABLE "public"."ledger" REPLICA IDENTITY FULL;

ALTER TABLE "public"."app_settings" REPLICA IDENTITY NOTHING;

ALTER TABLE "public"."accounts" REPLICA IDENTITY USING INDEX "accounts_email_key";

ALTER TABLE "public"."old_audit" DROP CONSTRAINT "old_audit_pkey";

ALTER TABLE "public"."tags" SET ACCESS METHOD "heap";

ALTER TABLE "public"."accounts" SET ACCESS METHOD "heap2";

DROP TABLE "public"."old_audit";

COMMIT;
