-- A function no longer wanted goes, once nothing uses it.
CREATE TABLE items (id integer PRIMARY KEY, name text);
