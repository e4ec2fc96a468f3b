-- A foreign key to a table in another schema: the target has the column without the constraint.
CREATE SCHEMA crm;
CREATE TABLE crm.accounts (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    account_id integer NOT NULL
);
INSERT INTO crm.accounts VALUES (1, 'acme');
INSERT INTO invoices VALUES (1, 1);
