CREATE TABLE tickets (id integer PRIMARY KEY, level integer NOT NULL);
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY low_levels ON tickets USING (level < 5);
INSERT INTO tickets VALUES (1, 3), (2, 7);
