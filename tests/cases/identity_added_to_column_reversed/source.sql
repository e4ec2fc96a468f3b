-- Identity columns become a plain and a serial one (reverse of identity_added_to_column).
CREATE TABLE tickets (id integer PRIMARY KEY, title text);
CREATE TABLE events (id bigserial PRIMARY KEY, kind text);
INSERT INTO tickets VALUES (1, 'a'), (2, 'b');
INSERT INTO events (kind) VALUES ('x'), ('y');
