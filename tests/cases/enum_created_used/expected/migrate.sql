-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE TYPE "public"."shipping_state" AS ENUM ('queued', 'sent', 'delivered', 'it''s lost');

COMMENT ON TYPE "public"."shipping_state" IS 'Where a parcel is';

CREATE TABLE "public"."carriers" (
    "id" integer NOT NULL, 
    "last_state" shipping_state
);

ALTER TABLE "public"."parcels" ADD COLUMN "state" shipping_state DEFAULT 'queued'::shipping_state NOT NULL;

ALTER TABLE "public"."parcels" ADD COLUMN "history" shipping_state[];

ALTER TABLE "public"."carriers" ADD CONSTRAINT "carriers_pkey" PRIMARY KEY (id);

COMMIT;
