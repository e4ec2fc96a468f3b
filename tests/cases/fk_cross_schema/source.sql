-- A foreign key from a public table to a table in another schema.
CREATE SCHEMA crm;
CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES crm.accounts (id) ON DELETE RESTRICT
);
