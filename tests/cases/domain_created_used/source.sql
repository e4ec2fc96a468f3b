-- New domains, one built on another, used by new and existing columns.
CREATE SCHEMA billing;
CREATE DOMAIN billing.money_amount AS numeric(12,2) NOT NULL DEFAULT 0
    CONSTRAINT money_amount_non_negative CHECK (VALUE >= 0);
CREATE DOMAIN billing.small_amount AS billing.money_amount CHECK (VALUE < 1000);
CREATE DOMAIN email AS text COLLATE "C" CHECK (VALUE ~ '^[^@]+@[^@]+$');
COMMENT ON DOMAIN email IS 'An address with one @';
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    total billing.money_amount,
    tip billing.small_amount,
    contact email
);
