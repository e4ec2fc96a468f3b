-- A new schema with a table in it: the target has neither yet.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO customers VALUES (1, 'Ada'), (2, 'Brian');
