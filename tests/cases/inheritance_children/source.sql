-- Table inheritance: a column added on the parent reaches the children by
-- itself; a new child with a column of its own; a check on the parent.
CREATE TABLE vehicles (id integer PRIMARY KEY, wheels integer NOT NULL, color text, CONSTRAINT wheels_positive CHECK (wheels > 0));
CREATE TABLE cars (seats integer) INHERITS (vehicles);
CREATE TABLE trucks (payload numeric) INHERITS (vehicles);
