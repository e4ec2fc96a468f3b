-- Before: no collations, plain text columns.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    login text NOT NULL UNIQUE,
    city text
);
