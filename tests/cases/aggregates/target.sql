-- The table only.
CREATE TABLE films (id integer PRIMARY KEY, title text NOT NULL, category text,
                    length integer, rating numeric(3,1));
INSERT INTO films VALUES (1, 'Alien', 'horror', 117, 8.5);
