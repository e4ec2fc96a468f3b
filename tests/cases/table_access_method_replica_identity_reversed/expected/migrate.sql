-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."old_audit" (
    "id" bigint NOT NULL, 
    "what" text
)
 USING "heap2";

ALTER TABLE "public"."accounts" SET ACCESS METHOD "heap";

ALTER TABLE "public"."tags" SET ACCESS METHOD "heap2";

ALTER TABLE "public"."old_audit" ADD CONSTRAINT "old_audit_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."accounts" REPLICA IDENTITY DEFAULT;

ALTER TABLE "public"."app_settings" REPLICA IDENTITY USING INDEX "app_settings_pkey";

ALTER TABLE "public"."ledger" REPLICA IDENTITY DEFAULT;

ALTER TABLE "public"."old_audit" REPLICA IDENTITY USING INDEX "old_audit_pkey";

ALTER TABLE "public"."tags" REPLICA IDENTITY FULL;

DROP TABLE "public"."archive_entries";

COMMIT;
