-- A new procedure, and one that reads a table in a BEGIN ATOMIC body.
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, msg text NOT NULL);
CREATE PROCEDURE log_message(msg text)
    LANGUAGE plpgsql
    AS $$ BEGIN INSERT INTO audit_log (msg) VALUES (msg); END $$;
CREATE PROCEDURE clear_log()
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM audit_log;
    END;
