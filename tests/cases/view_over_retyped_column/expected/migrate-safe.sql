-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP VIEW "public"."cheap_labels";

DROP VIEW "public"."cheap";

ALTER TABLE "public"."prices" ALTER COLUMN "amount" TYPE numeric(12,2) USING "amount"::numeric(12,2);

CREATE VIEW "public"."cheap" AS
SELECT prices.id,
    prices.amount
   FROM prices
  WHERE (prices.amount < (10)::numeric);

CREATE VIEW "public"."cheap_labels" AS
SELECT c.id,
    c.amount,
    p.label
   FROM (cheap c
     JOIN prices p USING (id));

COMMIT;
