-- A policy reads a column whose type changes: PostgreSQL refuses the ALTER
-- while the policy exists, so the policy goes first and comes back after.
CREATE TABLE tickets (id integer PRIMARY KEY, level bigint NOT NULL);
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY low_levels ON tickets USING (level < 5);
