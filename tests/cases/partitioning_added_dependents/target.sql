-- The table plain, with rows.
CREATE TABLE readings (id bigint NOT NULL, year integer NOT NULL, sensor text NOT NULL,
                       value numeric);
COMMENT ON COLUMN readings.value IS 'in °C';
ALTER TABLE readings ENABLE ROW LEVEL SECURITY;
CREATE POLICY readings_mine ON readings USING (sensor <> 'secret');
CREATE PUBLICATION readings_pub FOR TABLE readings;
CREATE FUNCTION reading_label(r readings) RETURNS text LANGUAGE sql AS $$ SELECT r.sensor || ':' || r.value $$;
INSERT INTO readings VALUES (1, 2024, 'a', 20.5), (2, 2024, 'b', 21), (3, 2023, 'a', NULL);
CREATE MATERIALIZED VIEW readings_count AS SELECT count(*) AS n FROM readings;
