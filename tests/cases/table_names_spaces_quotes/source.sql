-- Table, column, index and constraint names containing spaces and quote characters.
CREATE TABLE "order items" (
    "item id" integer PRIMARY KEY,
    "it's" text,
    "say ""hi""" text DEFAULT 'hello',
    "unit price" numeric(8,2) NOT NULL DEFAULT 0,
    CONSTRAINT "price isn't negative" CHECK ("unit price" >= 0)
);
CREATE TABLE "O'Brien's ""notes""" (
    id integer PRIMARY KEY,
    body text
);
CREATE INDEX "idx it's" ON "order items" ("it's");
