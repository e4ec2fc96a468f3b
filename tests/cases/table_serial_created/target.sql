-- A new table with a serial primary key: the target only has widgets.
CREATE TABLE widgets (
    id integer PRIMARY KEY,
    name text
);
