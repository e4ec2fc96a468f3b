CREATE TABLE users (
    id integer PRIMARY KEY
);
INSERT INTO users VALUES (1), (2);
