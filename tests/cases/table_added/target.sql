-- A table that exists only in the source is created: the target lacks "tags".
CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);
