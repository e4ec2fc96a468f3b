CREATE TABLE bookings (room integer NOT NULL, during tsrange NOT NULL);
CREATE TABLE slots (id integer, span int4range,
    CONSTRAINT slots_span_excl EXCLUDE USING gist (span WITH =));
CREATE TABLE shifts (id integer, span int4range,
    CONSTRAINT shifts_span_excl EXCLUDE USING gist (span WITH &&));
INSERT INTO bookings VALUES (1, '[2026-01-01 10:00, 2026-01-01 11:00)');
