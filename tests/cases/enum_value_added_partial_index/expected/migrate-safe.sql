-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

ALTER TYPE "public"."ticket_state" ADD VALUE IF NOT EXISTS 'waiting' AFTER 'open';

BEGIN;

COMMIT;
