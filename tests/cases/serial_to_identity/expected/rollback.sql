-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER SEQUENCE "public"."audit_id_seq" OWNED BY NONE;

ALTER TABLE "public"."accounts" ALTER COLUMN "id" DROP IDENTITY;

CREATE SEQUENCE "public"."accounts_id_seq" AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

ALTER SEQUENCE "public"."accounts_id_seq" OWNED BY "public"."accounts"."id";

ALTER TABLE "public"."audit" ALTER COLUMN "id" DROP DEFAULT;

ALTER TABLE "public"."accounts" ALTER COLUMN "id" SET DEFAULT nextval('accounts_id_seq'::regclass);

DROP SEQUENCE "public"."audit_id_seq";

ALTER TABLE "public"."audit" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME "public"."audit_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE);

SELECT setval(d.objid::regclass, m.v) FROM pg_depend d, (SELECT max("id") AS v FROM "public"."audit") m WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'i' AND d.refobjid = '"public"."audit"'::regclass AND d.refobjsubid = (SELECT attnum FROM pg_attribute WHERE attrelid = '"public"."audit"'::regclass AND attname = 'id') AND m.v IS NOT NULL;

COMMIT;
