-- A composite type created (using an enum) and one altered: attribute added, dropped, retyped.
CREATE TYPE unit AS ENUM ('mm', 'in');
CREATE TYPE dimensions AS (
    width numeric(10,2),
    height numeric(10,2),
    depth_unit unit
);
CREATE TYPE address AS (
    street text,
    city varchar(200),
    postcode text COLLATE "C"
);
COMMENT ON TYPE address IS 'Postal address';
CREATE TABLE boxes (
    id integer PRIMARY KEY,
    size dimensions
);
