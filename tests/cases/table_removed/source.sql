-- A table that exists only in the target is dropped (only with --force).
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
