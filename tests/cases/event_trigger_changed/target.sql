CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END
$$;

CREATE FUNCTION old_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'audit: %', tg_tag;
END
$$;

CREATE EVENT TRIGGER note_creates ON ddl_command_start
    WHEN TAG IN ('CREATE TABLE')
    EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER note_ends ON ddl_command_end EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER note_ends DISABLE;
COMMENT ON EVENT TRIGGER note_ends IS 'Every command';
CREATE EVENT TRIGGER note_rewrites ON table_rewrite EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER old_audit ON ddl_command_end EXECUTE FUNCTION old_audit();
