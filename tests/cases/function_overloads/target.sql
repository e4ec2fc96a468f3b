CREATE SCHEMA util;
CREATE FUNCTION util.fmt(v integer) RETURNS text LANGUAGE sql AS $$ SELECT v::text $$;
CREATE FUNCTION util.fmt(v date) RETURNS text LANGUAGE sql AS $$ SELECT v::text $$;
