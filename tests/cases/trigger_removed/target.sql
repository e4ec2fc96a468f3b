CREATE TABLE notes (id integer PRIMARY KEY, body text);
CREATE TABLE old_notes (id integer PRIMARY KEY, body text);
CREATE FUNCTION trim_body() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.body := btrim(NEW.body); RETURN NEW; END $$;
CREATE TRIGGER notes_trim BEFORE INSERT OR UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION trim_body();
-- trim_body() can only go once old_notes does (with --force).
CREATE TRIGGER old_notes_trim BEFORE INSERT ON old_notes
    FOR EACH ROW EXECUTE FUNCTION trim_body();
