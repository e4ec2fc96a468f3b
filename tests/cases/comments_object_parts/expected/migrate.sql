-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "desk"."open_tickets";

DROP POLICY "tickets_read" ON "desk"."tickets";

ALTER TABLE "desk"."tickets" DROP CONSTRAINT "tickets_pkey";

ALTER TABLE "desk"."tickets" DROP CONSTRAINT "title_not_blank";

DROP INDEX "desk"."tickets_priority_idx";

CREATE SEQUENCE "desk"."notes_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

COMMENT ON SEQUENCE "desk"."notes_id_seq" IS 'note ids';

CREATE TABLE "desk"."notes" (
    "id" integer DEFAULT nextval('desk.notes_id_seq'::regclass) NOT NULL, 
    "ticket_id" integer NOT NULL, 
    "body" text
);

ALTER TABLE "desk"."tickets" ALTER COLUMN "number" TYPE integer USING "number"::integer;

ALTER TABLE "desk"."notes" ADD CONSTRAINT "notes_pkey" PRIMARY KEY (id);

ALTER TABLE "desk"."tickets" ADD CONSTRAINT "tickets_pkey" PRIMARY KEY (id);

COMMENT ON CONSTRAINT "tickets_pkey" ON "desk"."tickets" IS 'internal id';

ALTER TABLE "desk"."tickets" ADD CONSTRAINT "title_not_blank" CHECK ((title <> ''::text));

COMMENT ON CONSTRAINT "title_not_blank" ON "desk"."tickets" IS 'a title says something';

CREATE INDEX tickets_priority_idx ON desk.tickets USING btree (priority);

COMMENT ON INDEX "desk"."tickets_priority_idx" IS 'triage queue';

CREATE VIEW "desk"."open_tickets" AS
SELECT tickets.id,
    tickets.number,
    tickets.title,
    tickets.priority
   FROM desk.tickets
  WHERE ((tickets.spent)::integer < 600);

COMMENT ON COLUMN "desk"."open_tickets"."number" IS 'as shown to the customer';

COMMENT ON COLUMN "desk"."open_tickets"."priority" IS 'current priority';

CREATE VIEW "desk"."recent_notes" AS
SELECT notes.id,
    notes.ticket_id,
    notes.body
   FROM desk.notes;

COMMENT ON COLUMN "desk"."recent_notes"."body" IS 'note text';

CREATE POLICY "tickets_read" ON "desk"."tickets" AS PERMISSIVE FOR SELECT TO PUBLIC USING (true);

COMMENT ON POLICY "tickets_read" ON "desk"."tickets" IS 'everyone reads';

ALTER SEQUENCE "desk"."notes_id_seq" OWNED BY "desk"."notes"."id";

SELECT setval('"desk"."notes_id_seq"', max("id")) FROM "desk"."notes" HAVING max("id") IS NOT NULL;

COMMENT ON SEQUENCE "desk"."ticket_number" IS 'numbers shown to customers';

COMMENT ON SEQUENCE "desk"."tickets_id_seq" IS 'internal ids';

COMMENT ON TYPE "desk"."contact" IS 'how to reach someone';

COMMENT ON COLUMN "desk"."contact"."email" IS 'where replies go';

COMMENT ON COLUMN "desk"."contact"."phone" IS NULL;

COMMENT ON DOMAIN "desk"."minutes" IS 'time in minutes';

COMMENT ON CONSTRAINT "minutes_positive" ON DOMAIN "desk"."minutes" IS 'no negative time';

COMMENT ON COLUMN "desk"."open_tickets"."number" IS 'as shown to the customer';

COMMENT ON COLUMN "desk"."open_tickets"."title" IS NULL;

COMMENT ON TYPE "desk"."priority" IS 'triage levels';

COMMENT ON TRIGGER "tickets_touch" ON "desk"."tickets" IS 'keeps rows fresh';

COMMENT ON INDEX "desk"."time_by_priority_key" IS 'for REFRESH CONCURRENTLY';

COMMENT ON COLUMN "desk"."time_by_priority"."total" IS 'minutes spent';

COMMENT ON FUNCTION "desk"."touch"() IS 'trigger body';

COMMIT;
