-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."item_codes_big";

DROP VIEW "public"."item_codes";

-- needs --force: goes with a change that needs --force
-- DROP POLICY "items_positive" ON "public"."items";

ALTER TABLE "public"."items" ALTER COLUMN "code" DROP DEFAULT;

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."items" ALTER COLUMN "ok" DROP EXPRESSION;

-- needs --force: goes with a change that needs --force
-- ALTER DOMAIN "public"."positive_int" DROP CONSTRAINT "positive_int_check";

-- needs --force: goes with a change that needs --force
-- DROP TRIGGER "items_keep" ON "public"."items";

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."items" DROP CONSTRAINT "items_qty_check";

DROP INDEX "public"."items_code_idx";

DROP FUNCTION "public"."doubled"(n integer);

-- needs --force (generated column ok of items is added anew): Changed function 'is_positive(integer)'
-- DROP FUNCTION "public"."is_positive"(v integer);
--
-- CREATE OR REPLACE FUNCTION public.is_positive(val integer)
--  RETURNS boolean
--  LANGUAGE sql
--  IMMUTABLE
-- AS $function$ SELECT val > 0 $function$;

DROP FUNCTION "public"."next_code"(n integer);

CREATE OR REPLACE FUNCTION public.next_code(n integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n + 1 $function$;

-- needs --force: goes with a change that needs --force
-- ALTER DOMAIN "public"."positive_int" ADD CONSTRAINT "positive_int_check" CHECK (is_positive(VALUE));

ALTER TABLE "public"."items" ALTER COLUMN "code" SET DEFAULT next_code(1);

CREATE OR REPLACE FUNCTION public.doubled(n integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT (next_code(n) * 2);
END;

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."items" DROP COLUMN "ok";
--
-- ALTER TABLE "public"."items" ADD COLUMN "ok" boolean GENERATED ALWAYS AS (is_positive(qty)) STORED;
--
-- CREATE INDEX items_ok_idx ON public.items USING btree (ok);

-- needs --force: goes with a change that needs --force
-- ALTER TABLE "public"."items" ADD CONSTRAINT "items_qty_check" CHECK (is_positive(qty));

CREATE INDEX items_code_idx ON public.items USING btree (next_code(code));

-- needs --force: goes with a change that needs --force
-- CREATE TRIGGER items_keep BEFORE INSERT ON public.items FOR EACH ROW WHEN (is_positive(new.qty)) EXECUTE FUNCTION keep_row();

CREATE VIEW "public"."item_codes" AS
SELECT items.id,
    next_code(items.code) AS next
   FROM items;

CREATE VIEW "public"."item_codes_big" AS
SELECT item_codes.id
   FROM item_codes
  WHERE (item_codes.next > 10);

-- needs --force: goes with a change that needs --force
-- CREATE POLICY "items_positive" ON "public"."items" AS PERMISSIVE FOR ALL TO PUBLIC USING (is_positive(qty));

COMMIT;
