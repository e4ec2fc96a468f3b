-- Widening type changes: the narrower originals, with rows that must survive.
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    label varchar(50),
    reading integer,
    counter integer NOT NULL
);
INSERT INTO measurements VALUES (1, 'first', 12, 3), (2, NULL, NULL, 2147483647);
