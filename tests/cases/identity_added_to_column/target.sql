CREATE TABLE tickets (id integer PRIMARY KEY, title text);
CREATE TABLE events (id bigserial PRIMARY KEY, kind text);
INSERT INTO tickets VALUES (1, 'a'), (2, 'b');
INSERT INTO events (kind) VALUES ('x'), ('y');
