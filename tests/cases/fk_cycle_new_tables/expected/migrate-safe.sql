-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TABLE "public"."players" (
    "id" integer NOT NULL, 
    "team_id" integer
);

CREATE TABLE "public"."teams" (
    "id" integer NOT NULL, 
    "captain_id" integer
);

ALTER TABLE "public"."players" ADD CONSTRAINT "players_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."teams" ADD CONSTRAINT "teams_pkey" PRIMARY KEY (id);

ALTER TABLE "public"."players" ADD CONSTRAINT "players_team_id_fkey" FOREIGN KEY (team_id) REFERENCES teams(id);

ALTER TABLE "public"."teams" ADD CONSTRAINT "teams_captain_id_fkey" FOREIGN KEY (captain_id) REFERENCES players(id);

COMMIT;
