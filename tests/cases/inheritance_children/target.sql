CREATE TABLE vehicles (id integer PRIMARY KEY, wheels integer NOT NULL, CONSTRAINT wheels_positive CHECK (wheels > 0));
CREATE TABLE cars (seats integer) INHERITS (vehicles);
INSERT INTO cars VALUES (1, 4, 5);
