-- Range types created (one with a subtype_diff function), one used by a new column.
CREATE SCHEMA cal;
CREATE TYPE cal.float_range AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TYPE cal.time_window AS RANGE (SUBTYPE = time);
CREATE TABLE cal.shifts (
    id integer PRIMARY KEY,
    hours cal.time_window
);
