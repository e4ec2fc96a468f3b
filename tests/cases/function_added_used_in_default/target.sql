CREATE TABLE tickets (id integer PRIMARY KEY);
INSERT INTO tickets VALUES (1), (2);
