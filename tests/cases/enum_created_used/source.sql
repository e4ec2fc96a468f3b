-- A new enum (with a comment) used by a new column, a new table and an array column.
CREATE TYPE shipping_state AS ENUM ('queued', 'sent', 'delivered', 'it''s lost');
COMMENT ON TYPE shipping_state IS 'Where a parcel is';
CREATE TABLE parcels (
    id integer PRIMARY KEY,
    state shipping_state NOT NULL DEFAULT 'queued',
    history shipping_state[]
);
CREATE TABLE carriers (
    id integer PRIMARY KEY,
    last_state shipping_state
);
