-- A table that exists only in the source is created with its columns, defaults and key.
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE tags (
    id integer PRIMARY KEY,
    label varchar(40) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    weight real DEFAULT 1.0
);
