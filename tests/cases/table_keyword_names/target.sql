-- Quoted mixed-case names and SQL keywords: the target lacks "select", some columns and the FK.
CREATE TABLE "user" (
    "ID" integer PRIMARY KEY,
    "userName" varchar(50)
);
CREATE TABLE "Order" (
    "OrderId" integer PRIMARY KEY,
    "user" integer NOT NULL,
    "Total" integer
);
INSERT INTO "user" VALUES (1, 'root');
INSERT INTO "Order" VALUES (10, 1, 99);
