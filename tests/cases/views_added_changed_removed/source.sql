-- Views: one added on a new column, one whose query changes (and a view on
-- top of it), one removed, one with a changed comment and check option.
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL, email text, active boolean DEFAULT true);
CREATE VIEW active_people AS SELECT id, name FROM people WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_people;
CREATE VIEW with_email AS SELECT id, email FROM people WHERE email IS NOT NULL;
CREATE VIEW editable AS SELECT id, name, active FROM people WHERE active WITH LOCAL CHECK OPTION;
COMMENT ON VIEW editable IS 'only active people';
