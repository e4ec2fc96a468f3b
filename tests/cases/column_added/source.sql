-- Columns added to a table with rows: one nullable, one NOT NULL with a default.
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    nickname text,
    is_active boolean NOT NULL DEFAULT true,
    login_count integer NOT NULL DEFAULT 0
);
