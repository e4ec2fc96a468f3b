-- Tags change (dropped and made again), one is enabled again, one disabled,
-- a comment changes, one goes with its function, and the guard against
-- drops is new: made last, so the script's own drops do not meet it.
CREATE FUNCTION note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END
$$;

CREATE FUNCTION refuse_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dropping % is not allowed', tg_tag;
END
$$;

CREATE EVENT TRIGGER note_creates ON ddl_command_start
    WHEN TAG IN ('CREATE TABLE', 'CREATE VIEW', 'CREATE FUNCTION')
    EXECUTE FUNCTION note_ddl();
CREATE EVENT TRIGGER note_ends ON ddl_command_end EXECUTE FUNCTION note_ddl();
COMMENT ON EVENT TRIGGER note_ends IS 'Every command, at its end';
CREATE EVENT TRIGGER note_rewrites ON table_rewrite EXECUTE FUNCTION note_ddl();
ALTER EVENT TRIGGER note_rewrites DISABLE;
CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION refuse_drops();
