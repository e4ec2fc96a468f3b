-- Same signature and result: replaced in place, its comment kept.
CREATE FUNCTION price_with_tax(net numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT round(net * 1.21, 2) $$;
CREATE FUNCTION shout(words text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
    AS $$ BEGIN RETURN upper(words) || '!'; END $$;
COMMENT ON FUNCTION price_with_tax(numeric) IS 'net plus VAT';
