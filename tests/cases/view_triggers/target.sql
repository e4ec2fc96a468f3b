-- The tables only, and a view without triggers.
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE emails (person integer PRIMARY KEY REFERENCES people, address text);
CREATE VIEW names AS SELECT id, name FROM people;
INSERT INTO people VALUES (1, 'Ada');
