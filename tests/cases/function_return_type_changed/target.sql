CREATE FUNCTION order_count(cust integer) RETURNS integer
    LANGUAGE sql STABLE
    AS $$ SELECT 42 $$;
CREATE FUNCTION pairs() RETURNS TABLE (k text)
    LANGUAGE sql
    AS $$ VALUES ('a') $$;
