CREATE SCHEMA cal;
CREATE TABLE cal.shifts (
    id integer PRIMARY KEY
);
