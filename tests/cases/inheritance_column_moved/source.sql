-- A column moves from a child's own columns to one inherited from its parent;
-- a table gains a parent (INHERIT) and another loses one (NO INHERIT).
CREATE TABLE vehicles (id integer NOT NULL, name text, wheels integer);
CREATE TABLE cars (seats integer) INHERITS (vehicles);
CREATE TABLE trucks (id integer NOT NULL, name text, wheels integer, payload integer) INHERITS (vehicles);
CREATE TABLE bikes (id integer NOT NULL, name text, wheels integer);
