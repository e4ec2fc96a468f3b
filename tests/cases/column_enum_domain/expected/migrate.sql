-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."tickets" ADD COLUMN "priority" ticket_status;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" DROP DEFAULT;

ALTER TABLE "public"."tickets" ALTER COLUMN "reporter" TYPE email_address USING "reporter"::email_address;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" TYPE ticket_status USING "status"::text::ticket_status;

ALTER TABLE "public"."tickets" ALTER COLUMN "status" SET DEFAULT 'open'::ticket_status;

COMMIT;
