-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force: goes with a change that needs --force
-- DROP VIEW "public"."open_tickets";

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."tickets" DROP CONSTRAINT "tickets_not_new_closed";

-- needs --force: goes with a change that needs --force
-- DROP INDEX "public"."tickets_active";

-- needs --force: goes with a change that needs --force
-- DROP INDEX "public"."tickets_open";

-- needs --force (removes enum values): Changed enum type 'ticket_state': values ('new', 'open', 'waiting', 'closed') → ('new', 'open', 'closed')
-- ALTER TYPE "public"."ticket_state" RENAME TO "ticket_state__krakn_old";
--
-- CREATE TYPE "public"."ticket_state" AS ENUM ('new', 'open', 'closed');
--
-- ALTER TABLE "public"."tickets" ALTER COLUMN "state" DROP DEFAULT;
--
-- ALTER TABLE "public"."tickets" ALTER COLUMN "state" TYPE "public"."ticket_state" USING "state"::text::"public"."ticket_state";
--
-- ALTER TABLE "public"."tickets" ALTER COLUMN "state" SET DEFAULT 'new'::ticket_state;
--
-- DROP TYPE "public"."ticket_state__krakn_old";

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."tickets" ADD CONSTRAINT "tickets_not_new_closed" CHECK (((state <> 'closed'::ticket_state) OR (id > 0)));

-- needs --force: goes with a change that needs --force
-- CREATE INDEX tickets_active ON public.tickets USING btree (id) WHERE (state = ANY (ARRAY['new'::ticket_state, 'open'::ticket_state]));

-- needs --force: goes with a change that needs --force
-- CREATE INDEX tickets_open ON public.tickets USING btree (id) WHERE (state = 'open'::ticket_state);

-- needs --force: goes with a change that needs --force
-- CREATE VIEW "public"."open_tickets" AS
-- SELECT tickets.id
--    FROM tickets
--   WHERE (tickets.state = 'open'::ticket_state);

COMMIT;
