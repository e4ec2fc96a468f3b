-- Expression indexes: the target has none.
CREATE TABLE people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text
);
INSERT INTO people VALUES (1, 'Ann@Example.com', 'Ann', 'Lee');
