-- An audit of DDL: a function logging each command's tag, fired at the end
-- of table and index commands; a guard against dropping tables, disabled;
-- a rewrite logger that fires on replicas too.
CREATE TABLE ddl_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_log (tag) VALUES (tg_tag);
END
$$;

CREATE FUNCTION refuse_drops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dropping % is not allowed', tg_tag;
END
$$;

CREATE EVENT TRIGGER log_table_ddl ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE', 'CREATE INDEX')
    EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER log_table_ddl IS 'Keeps a log of table changes';

CREATE EVENT TRIGGER no_drops ON sql_drop EXECUTE FUNCTION refuse_drops();
ALTER EVENT TRIGGER no_drops DISABLE;

CREATE EVENT TRIGGER log_rewrites ON table_rewrite EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER log_rewrites ENABLE ALWAYS;
