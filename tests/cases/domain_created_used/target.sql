CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY
);
INSERT INTO billing.invoices VALUES (1);
