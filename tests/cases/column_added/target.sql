-- Columns added to a table with rows: the target has only id and name.
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO users VALUES (1, 'ann'), (2, 'bob');
