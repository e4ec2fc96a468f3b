-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER SEQUENCE "public"."accounts_id_seq" RENAME TO "accounts_id_seq1";

COMMIT;
