CREATE TABLE accounts (id serial PRIMARY KEY, name text);
CREATE TABLE audit (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
INSERT INTO accounts (name) VALUES ('a'), ('b'), ('c');
INSERT INTO audit (note) VALUES ('x'), ('y');
