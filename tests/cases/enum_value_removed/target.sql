CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'urgent');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    prio priority NOT NULL DEFAULT 'low',
    seen priority[],
    fallback priority DEFAULT 'urgent'
);
INSERT INTO tickets VALUES (1, 'low', '{low,high}', 'medium'), (2, 'high', NULL, NULL);
