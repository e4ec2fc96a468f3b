-- Columns present only in the target are dropped (only with --force).
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);
