-- A new domain whose checks call a function; one existing domain's check now calls it too.
CREATE FUNCTION is_even(n integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
CREATE DOMAIN even_int AS integer
    CONSTRAINT even_int_even CHECK (is_even(VALUE))
    CONSTRAINT even_int_positive CHECK (VALUE > 0);
CREATE DOMAIN pair_count AS integer CONSTRAINT pair_count_even CHECK (is_even(VALUE));
CREATE TABLE lots (
    id integer PRIMARY KEY,
    size even_int,
    pairs pair_count
);
