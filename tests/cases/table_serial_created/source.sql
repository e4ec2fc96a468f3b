-- A new table with a serial primary key: its sequence must be created and owned by the column.
CREATE TABLE widgets (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE gadgets (
    id serial PRIMARY KEY,
    widget_id integer REFERENCES widgets (id),
    label text NOT NULL
);
