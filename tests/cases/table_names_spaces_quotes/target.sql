-- Names with spaces and quotes: the target has an older shape of "order items" and no notes table.
CREATE TABLE "order items" (
    "item id" integer PRIMARY KEY,
    "it's" varchar(10),
    "unit price" numeric(8,2)
);
INSERT INTO "order items" VALUES (1, 'x', 2.50);
