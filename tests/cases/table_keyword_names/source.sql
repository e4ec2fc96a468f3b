-- Quoted mixed-case names and SQL keywords as table and column names ("Order", "user", "select").
CREATE TABLE "user" (
    "ID" integer PRIMARY KEY,
    "userName" text NOT NULL,
    "group" text
);
CREATE TABLE "Order" (
    "OrderId" integer PRIMARY KEY,
    "user" integer NOT NULL REFERENCES "user" ("ID"),
    "from" date,
    "Total" numeric(10,2) DEFAULT 0
);
CREATE TABLE "select" (
    "where" integer PRIMARY KEY,
    "table" text,
    "order" integer
);
CREATE INDEX "Order_from_IDX" ON "Order" ("from");
