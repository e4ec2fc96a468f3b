-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."placeholder" (
    "id" integer
);

ALTER TABLE "public"."audit_log" DROP CONSTRAINT "audit_log_pkey";

DROP PROCEDURE "public"."clear_log"();

DROP TABLE "public"."audit_log";

DROP PROCEDURE "public"."log_message"(IN msg text);

COMMIT;
