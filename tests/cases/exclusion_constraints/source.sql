-- Exclusion constraints: one added (no overlapping bookings per room), one
-- whose operator changes, one removed.
CREATE TABLE bookings (room integer NOT NULL, during tsrange NOT NULL,
    CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));
CREATE TABLE slots (id integer, span int4range,
    CONSTRAINT slots_span_excl EXCLUDE USING gist (span WITH &&));
CREATE TABLE shifts (id integer, span int4range);
