-- Aggregates of every shape, with their support functions, used in views.
CREATE TABLE films (id integer PRIMARY KEY, title text NOT NULL, category text,
                    length integer, rating numeric(3,1));
-- A string-concatenating aggregate (the kind a well-known sample schema has),
-- with an empty INITCOND and a view calling it.
CREATE FUNCTION _group_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN $2 IS NULL THEN $1 WHEN $1 = '' THEN $2 ELSE $1 || ', ' || $2 END
$$;
CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text, INITCOND = '');
COMMENT ON AGGREGATE group_concat(text) IS 'comma-separated list';
CREATE VIEW film_list AS
    SELECT category, group_concat(title) AS titles FROM films GROUP BY category;
-- A final function, a combine function and PARALLEL SAFE.
CREATE FUNCTION avg_len_step(integer[], integer) RETURNS integer[] LANGUAGE sql
    IMMUTABLE PARALLEL SAFE AS $$ SELECT ARRAY[$1[1] + coalesce($2, 0), $1[2] + 1] $$;
CREATE FUNCTION avg_len_merge(integer[], integer[]) RETURNS integer[] LANGUAGE sql
    IMMUTABLE PARALLEL SAFE AS $$ SELECT ARRAY[$1[1] + $2[1], $1[2] + $2[2]] $$;
CREATE FUNCTION avg_len_final(integer[]) RETURNS numeric LANGUAGE sql
    IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN $1[2] = 0 THEN NULL
                                           ELSE $1[1]::numeric / $1[2] END $$;
CREATE AGGREGATE avg_length(integer) (
    SFUNC = avg_len_step, STYPE = integer[], FINALFUNC = avg_len_final,
    COMBINEFUNC = avg_len_merge, INITCOND = '{0,0}', PARALLEL = SAFE);
-- An ordered-set aggregate (WITHIN GROUP), with a direct argument.
CREATE FUNCTION nth_step(text[], text) RETURNS text[] LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 || $2 $$;
CREATE FUNCTION nth_final(text[], integer, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1[$2] $$;
CREATE AGGREGATE nth_value_of(integer ORDER BY text) (
    SFUNC = nth_step, STYPE = text[], FINALFUNC = nth_final, FINALFUNC_EXTRA,
    INITCOND = '{}');
-- A moving-aggregate mode, for window frames.
CREATE FUNCTION sum_step(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 + coalesce($2, 0) $$;
CREATE FUNCTION sum_unstep(bigint, integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 - coalesce($2, 0) $$;
CREATE AGGREGATE running_length(integer) (
    SFUNC = sum_step, STYPE = bigint, INITCOND = '0',
    MSFUNC = sum_step, MINVFUNC = sum_unstep, MSTYPE = bigint, MINITCOND = '0');
-- In a schema of its own, over a view that uses two of them.
CREATE SCHEMA stats;
CREATE AGGREGATE stats.longest(text) (SFUNC = pg_catalog.text_larger, STYPE = text,
                                      PARALLEL = RESTRICTED);
CREATE VIEW film_summary AS
    SELECT category, avg_length(length) AS avg_len, stats.longest(title) AS longest,
           nth_value_of(1) WITHIN GROUP (ORDER BY title) AS first_title,
           running_length(length) OVER () AS total
    FROM films GROUP BY category, length;
