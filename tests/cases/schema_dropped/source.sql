-- A schema (with a table) that exists only in the target must be dropped.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
