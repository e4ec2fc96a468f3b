-- A schema made from nothing with comments on every part: each CREATE
-- brings its comments (the mirror drops it all; its rollback puts them back).
CREATE TYPE shift_kind AS (starts time, ends time);
CREATE DOMAIN headcount AS integer CONSTRAINT headcount_range CHECK (VALUE BETWEEN 0 AND 500);
CREATE TABLE shifts (
    id serial PRIMARY KEY,
    kind shift_kind NOT NULL,
    staff headcount NOT NULL DEFAULT 1
);
CREATE SEQUENCE roster_batch;
CREATE VIEW busy_shifts AS SELECT id, staff FROM shifts WHERE staff > 10;
CREATE MATERIALIZED VIEW staff_totals AS SELECT sum(staff) AS total FROM shifts;
CREATE INDEX staff_totals_total ON staff_totals (total);
COMMENT ON TYPE shift_kind IS 'a shift''s hours';
COMMENT ON COLUMN shift_kind.starts IS 'local time';
COMMENT ON DOMAIN headcount IS 'people on a shift';
COMMENT ON CONSTRAINT headcount_range ON DOMAIN headcount IS 'a sane number';
COMMENT ON SEQUENCE shifts_id_seq IS 'shift ids';
COMMENT ON SEQUENCE roster_batch IS 'one per roster run';
COMMENT ON COLUMN busy_shifts.staff IS 'people';
COMMENT ON COLUMN staff_totals.total IS 'all people';
COMMENT ON INDEX staff_totals_total IS 'lookups by total';
