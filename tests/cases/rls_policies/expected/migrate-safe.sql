-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP POLICY "old_rule" ON "public"."documents";

DROP POLICY "own_rows" ON "public"."documents";

DROP POLICY "authors" ON "public"."notes";

CREATE POLICY "insert_own" ON "public"."documents" AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK ((owner = CURRENT_USER));

CREATE POLICY "no_secrets" ON "public"."documents" AS RESTRICTIVE FOR ALL TO PUBLIC USING ((NOT secret));

CREATE POLICY "own_rows" ON "public"."documents" AS PERMISSIVE FOR SELECT TO PUBLIC USING ((owner = CURRENT_USER));

COMMENT ON POLICY "own_rows" ON "public"."documents" IS 'readers see their own';

ALTER TABLE "public"."documents" ENABLE ROW LEVEL SECURITY;

ALTER TABLE "public"."documents" FORCE ROW LEVEL SECURITY;

ALTER TABLE "public"."notes" DISABLE ROW LEVEL SECURITY;

COMMIT;
