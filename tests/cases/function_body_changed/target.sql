CREATE FUNCTION price_with_tax(net numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(net * 1.19, 2) $$;
CREATE FUNCTION shout(words text) RETURNS text
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN upper(words); END $$;
COMMENT ON FUNCTION price_with_tax(numeric) IS 'net plus VAT';
