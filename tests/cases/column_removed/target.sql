-- Columns present only in the target are dropped (only with --force).
CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code char(4),
    password_md5 text NOT NULL DEFAULT ''
);
INSERT INTO users VALUES (1, 'ann', 'AB12', 'x');
