CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
INSERT INTO accounts VALUES (1, 10);
