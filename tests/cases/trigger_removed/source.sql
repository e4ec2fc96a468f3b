-- A trigger and its function go; the triggers of a dropped table go with it.
CREATE TABLE notes (id integer PRIMARY KEY, body text);
