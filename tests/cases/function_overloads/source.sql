-- Two functions with one name are two objects.
CREATE SCHEMA util;
CREATE FUNCTION util.fmt(v integer) RETURNS text LANGUAGE sql AS $$ SELECT 'int:' || v $$;
CREATE FUNCTION util.fmt(v text) RETURNS text LANGUAGE sql AS $$ SELECT 'text:' || v $$;
CREATE FUNCTION util.fmt(v integer, width integer) RETURNS text
    LANGUAGE sql AS $$ SELECT lpad(v::text, width) $$;
