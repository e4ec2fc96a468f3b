-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."teams" DROP CONSTRAINT "teams_captain_id_fkey";

ALTER TABLE "public"."players" DROP CONSTRAINT "players_team_id_fkey";

ALTER TABLE "public"."teams" DROP CONSTRAINT "teams_pkey";

ALTER TABLE "public"."players" DROP CONSTRAINT "players_pkey";

DROP TABLE "public"."teams";

DROP TABLE "public"."players";

COMMIT;
