-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."notes" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."documents" DISABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."documents" NO FORCE ROW LEVEL SECURITY;

DROP POLICY "own_rows" ON "public"."documents";

DROP POLICY "no_secrets" ON "public"."documents";

DROP POLICY "insert_own" ON "public"."documents";

CREATE POLICY "authors" ON "public"."notes" AS PERMISSIVE FOR ALL TO PUBLIC USING ((author = CURRENT_USER));

CREATE POLICY "own_rows" ON "public"."documents" AS PERMISSIVE FOR ALL TO PUBLIC USING ((owner = SESSION_USER));

CREATE POLICY "old_rule" ON "public"."documents" AS PERMISSIVE FOR DELETE TO PUBLIC USING (false);

COMMIT;
