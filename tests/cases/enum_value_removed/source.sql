-- A value removed and two reordered: the enum is rebuilt and its columns cast (needs --force).
CREATE TYPE priority AS ENUM ('high', 'medium', 'low');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    prio priority NOT NULL DEFAULT 'low',
    seen priority[],
    fallback priority DEFAULT 'medium'
);
