CREATE TABLE vehicles (id integer NOT NULL, name text);
CREATE TABLE cars (wheels integer, seats integer) INHERITS (vehicles);
CREATE TABLE trucks (id integer NOT NULL, name text, wheels integer, payload integer);
CREATE TABLE bikes (id integer NOT NULL, name text, wheels integer) INHERITS (vehicles);
INSERT INTO cars VALUES (1, 'c', 4, 5);
