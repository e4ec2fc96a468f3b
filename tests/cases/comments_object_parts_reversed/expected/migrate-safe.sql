-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "desk"."open_tickets";

DROP VIEW "desk"."recent_notes";

DROP POLICY "tickets_read" ON "desk"."tickets";

ALTER TABLE "desk"."tickets" DROP CONSTRAINT "tickets_pkey";

ALTER TABLE "desk"."tickets" DROP CONSTRAINT "title_not_blank";

DROP INDEX "desk"."tickets_priority_idx";

ALTER TABLE "desk"."tickets" ALTER COLUMN "number" TYPE bigint USING "number"::bigint;

ALTER TABLE "desk"."tickets" ADD CONSTRAINT "tickets_pkey" PRIMARY KEY (id);

ALTER TABLE "desk"."tickets" ADD CONSTRAINT "title_not_blank" CHECK ((title <> ''::text));

CREATE INDEX tickets_priority_idx ON desk.tickets USING btree (priority);

CREATE VIEW "desk"."open_tickets" AS
SELECT tickets.id,
    tickets.number,
    tickets.title,
    tickets.priority
   FROM desk.tickets
  WHERE ((tickets.spent)::integer < 600);

COMMENT ON COLUMN "desk"."open_tickets"."priority" IS 'current priority';

COMMENT ON COLUMN "desk"."open_tickets"."title" IS 'old title comment';

CREATE POLICY "tickets_read" ON "desk"."tickets" AS PERMISSIVE FOR SELECT TO PUBLIC USING (true);

COMMENT ON POLICY "tickets_read" ON "desk"."tickets" IS 'old policy comment';

COMMENT ON SEQUENCE "desk"."ticket_number" IS 'ticket numbers';

COMMENT ON SEQUENCE "desk"."tickets_id_seq" IS NULL;

COMMENT ON TYPE "desk"."contact" IS NULL;

COMMENT ON COLUMN "desk"."contact"."email" IS NULL;

COMMENT ON COLUMN "desk"."contact"."phone" IS 'old: call here';

COMMENT ON DOMAIN "desk"."minutes" IS NULL;

COMMENT ON CONSTRAINT "minutes_positive" ON DOMAIN "desk"."minutes" IS 'not negative';

COMMENT ON COLUMN "desk"."open_tickets"."number" IS NULL;

COMMENT ON COLUMN "desk"."open_tickets"."title" IS 'old title comment';

COMMENT ON TYPE "desk"."priority" IS 'levels';

COMMENT ON TRIGGER "tickets_touch" ON "desk"."tickets" IS 'old trigger comment';

COMMENT ON INDEX "desk"."time_by_priority_key" IS NULL;

COMMENT ON COLUMN "desk"."time_by_priority"."total" IS 'total';

COMMENT ON FUNCTION "desk"."touch"() IS NULL;

-- needs --force (drops data): Removed table 'desk.notes'
-- DROP TABLE "desk"."notes";

-- needs --force: drops data
-- DROP SEQUENCE IF EXISTS "desk"."notes_id_seq";

COMMIT;
