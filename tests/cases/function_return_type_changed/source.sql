-- A new result type (and a renamed argument): dropped and created again.
CREATE FUNCTION order_count(customer integer) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT 42::bigint $$;
CREATE FUNCTION pairs() RETURNS TABLE (k text, v integer)
    LANGUAGE sql
    AS $$ VALUES ('a', 1), ('b', 2) $$;
COMMENT ON FUNCTION order_count(integer) IS 'orders of one customer';
