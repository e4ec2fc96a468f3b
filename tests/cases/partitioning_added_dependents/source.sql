-- A plain table becomes partitioned, with a partition partitioned in turn:
-- what stands on it or goes with its DROP TABLE comes back around the
-- rebuild (a publication's entry, a function on its row type, a materialized
-- view, row-level security and a policy, a column's comment).
CREATE TABLE readings (id bigint NOT NULL, year integer NOT NULL, sensor text NOT NULL,
                       value numeric) PARTITION BY RANGE (year);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM (2024) TO (2025)
    PARTITION BY LIST (sensor);
CREATE TABLE readings_2024_a PARTITION OF readings_2024 FOR VALUES IN ('a');
CREATE TABLE readings_2024_rest PARTITION OF readings_2024 DEFAULT;
CREATE TABLE readings_rest PARTITION OF readings DEFAULT;
COMMENT ON COLUMN readings.value IS 'in °C';
ALTER TABLE readings ENABLE ROW LEVEL SECURITY;
CREATE POLICY readings_mine ON readings USING (sensor <> 'secret');
CREATE PUBLICATION readings_pub FOR TABLE readings;
CREATE FUNCTION reading_label(r readings) RETURNS text LANGUAGE sql AS $$ SELECT r.sensor || ':' || r.value $$;
CREATE MATERIALIZED VIEW readings_count AS SELECT count(*) AS n FROM readings;
