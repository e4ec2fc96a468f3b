-- A schema (with a table) that exists only in the target must be dropped.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL
);
CREATE SCHEMA legacy;
CREATE TABLE legacy.old_accounts (
    id integer PRIMARY KEY,
    email text
);
INSERT INTO legacy.old_accounts VALUES (1, 'old@example.com');
