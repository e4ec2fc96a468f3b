-- Row-level security: enabled and forced on one table, policies added,
-- changed (command and expressions) and removed, one restrictive.
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, secret boolean DEFAULT false);
CREATE TABLE notes (id integer PRIMARY KEY, author text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON documents FOR SELECT USING (owner = current_user);
CREATE POLICY no_secrets ON documents AS RESTRICTIVE FOR ALL TO PUBLIC USING (NOT secret);
CREATE POLICY insert_own ON documents FOR INSERT WITH CHECK (owner = current_user);
COMMENT ON POLICY own_rows ON documents IS 'readers see their own';
