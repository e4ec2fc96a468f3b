CREATE TYPE address AS (
    street text,
    city varchar(100),
    country text
);
CREATE TABLE boxes (
    id integer PRIMARY KEY
);
