-- Expression indexes: lower(email) unique, and a multi-expression index.
CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text
);
CREATE UNIQUE INDEX people_lower_email_uidx ON people (lower(email));
CREATE INDEX people_full_name_idx ON people ((first_name || ' ' || last_name), id);
