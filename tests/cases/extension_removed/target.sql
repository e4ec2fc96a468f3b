CREATE EXTENSION hstore;
-- earthdistance requires cube: it must be dropped first.
CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
CREATE TABLE settings (
    id integer PRIMARY KEY
);
CREATE TABLE legacy_prefs (
    id integer PRIMARY KEY,
    prefs hstore
);
