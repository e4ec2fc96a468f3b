-- The target still has extensions (and a table that used one); the source has none.
CREATE TABLE settings (
    id integer PRIMARY KEY
);
