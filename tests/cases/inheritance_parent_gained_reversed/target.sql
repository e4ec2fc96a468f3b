CREATE TABLE base (id integer, note text);
CREATE TABLE child (extra text) INHERITS (base);
