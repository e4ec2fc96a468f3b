-- The table, without statistics.
CREATE TABLE addresses (id integer PRIMARY KEY, city text, zip text, country text,
                        lat double precision, lon double precision);
INSERT INTO addresses VALUES (1, 'Oslo', '0150', 'NO', 59.9, 10.7);
