-- Functions on a new table's row type come after the table; one on a dropped
-- table's row type goes before it.
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION big_orders(threshold numeric) RETURNS SETOF orders
    LANGUAGE sql STABLE
    AS $$ SELECT * FROM orders WHERE total > threshold $$;
CREATE FUNCTION order_ids(o orders[]) RETURNS integer[]
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT array_agg(x.id) FROM unnest(o) AS x $$;
CREATE FUNCTION order_count() RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT count(*) FROM orders;
    END;
