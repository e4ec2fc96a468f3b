-- Aggregates that change, under views that call them.
CREATE TABLE films (id integer PRIMARY KEY, title text NOT NULL, category text,
                    length integer);
CREATE FUNCTION _group_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 = '' THEN $2 ELSE $1 || ', ' || $2 END
$$;
-- Its INITCOND changes: dropped and created again, with the view on it.
CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text, INITCOND = '');
CREATE VIEW film_list AS
    SELECT category, group_concat(title) AS titles FROM films GROUP BY category;
-- Its state function is made again (an argument is renamed): the aggregate
-- and the view on it go before and come back after.
CREATE FUNCTION len_step(acc integer, len integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT greatest(acc, len) $$;
CREATE AGGREGATE max_length(integer) (SFUNC = len_step, STYPE = integer);
COMMENT ON AGGREGATE max_length(integer) IS 'old comment';
CREATE VIEW longest AS SELECT category, max_length(length) AS len FROM films GROUP BY 1;
-- Goes, with its functions and the view on it.
CREATE FUNCTION cat_step(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 || $2 $$;
CREATE AGGREGATE cat(text) (SFUNC = cat_step, STYPE = text, INITCOND = '');
CREATE VIEW catted AS SELECT cat(title) AS titles FROM films;
INSERT INTO films VALUES (1, 'Alien', 'horror', 117);
