CREATE FUNCTION is_even(n integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
CREATE DOMAIN pair_count AS integer CONSTRAINT pair_count_even CHECK (VALUE >= 0);
CREATE TABLE lots (
    id integer PRIMARY KEY,
    pairs pair_count
);
INSERT INTO lots VALUES (1, 2), (2, 4);
