-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "billing";

CREATE TABLE "billing"."invoices" (
    "id" bigint NOT NULL, 
    "customer_id" integer NOT NULL, 
    "total" numeric(12,2) DEFAULT 0 NOT NULL, 
    "issued_on" date DEFAULT CURRENT_DATE NOT NULL
);

ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_pkey" PRIMARY KEY (id);

COMMIT;
