-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

-- needs --force (narrows or reinterprets values): Changed type of 'code' in 'products' from character varying(255) → character varying(50)
-- ALTER TABLE "public"."products" ALTER COLUMN "code" TYPE character varying(50) USING "code"::character varying(50);

-- needs --force (narrows or reinterprets values): Changed type of 'id' in 'products' from bigint → integer
-- ALTER TABLE "public"."products" ALTER COLUMN "id" TYPE integer USING "id"::integer;

-- needs --force (narrows or reinterprets values): Changed type of 'shelf' in 'products' from text → integer
-- ALTER TABLE "public"."products" ALTER COLUMN "shelf" TYPE integer USING "shelf"::integer;

-- needs --force (narrows or reinterprets values): Changed type of 'stock' in 'products' from bigint → integer
-- ALTER TABLE "public"."products" ALTER COLUMN "stock" TYPE integer USING "stock"::integer;

COMMIT;
