CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, active boolean DEFAULT true);
CREATE VIEW active_people AS SELECT id, name FROM people WHERE active AND name <> '';
CREATE VIEW active_names AS SELECT name FROM active_people;
CREATE VIEW old_report AS SELECT count(*) AS n FROM people;
CREATE VIEW editable AS SELECT id, name, active FROM people WHERE active;
COMMENT ON VIEW editable IS 'active people';
