-- A table gains a parent (INHERIT): the parent's column it lacks comes first.
CREATE TABLE base (id integer, note text);
CREATE TABLE child (extra text) INHERITS (base);
