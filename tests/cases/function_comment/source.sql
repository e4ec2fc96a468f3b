-- Comments on functions and procedures: added, changed, removed.
CREATE FUNCTION a() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION b(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
CREATE FUNCTION c() RETURNS integer LANGUAGE sql AS $$ SELECT 3 $$;
CREATE PROCEDURE d() LANGUAGE sql AS $$ SELECT 4 $$;
COMMENT ON FUNCTION a() IS 'it''s one';
COMMENT ON FUNCTION b(integer) IS 'identity, new words';
COMMENT ON PROCEDURE d() IS 'does nothing\much';
