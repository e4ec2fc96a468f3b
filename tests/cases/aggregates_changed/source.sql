-- group_concat has no INITCOND, len_step a renamed argument, max_length a new
-- comment; cat is gone, and a new aggregate arrives under an existing view.
CREATE TABLE films (id integer PRIMARY KEY, title text NOT NULL, category text,
                    length integer);
CREATE FUNCTION _group_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 = '' THEN $2 ELSE $1 || ', ' || $2 END
$$;
CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text);
CREATE VIEW film_list AS
    SELECT category, group_concat(title) AS titles FROM films GROUP BY category;
CREATE FUNCTION len_step(best integer, len integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT greatest(best, len) $$;
CREATE AGGREGATE max_length(integer) (SFUNC = len_step, STYPE = integer);
COMMENT ON AGGREGATE max_length(integer) IS 'the longest film';
CREATE FUNCTION len_min(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT least($1, $2) $$;
CREATE AGGREGATE min_length(integer) (SFUNC = len_min, STYPE = integer,
                                      PARALLEL = SAFE);
CREATE VIEW longest AS SELECT category, max_length(length) AS len,
                              min_length(length) AS shortest FROM films GROUP BY 1;
