CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL, secret boolean DEFAULT false);
CREATE TABLE notes (id integer PRIMARY KEY, author text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON documents FOR ALL USING (owner = session_user);
CREATE POLICY old_rule ON documents FOR DELETE USING (false);
CREATE POLICY authors ON notes USING (author = current_user);
