-- An updatable view over two tables: INSTEAD OF triggers write through it.
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE emails (person integer PRIMARY KEY REFERENCES people, address text);
CREATE VIEW contacts AS
    SELECT p.id, p.name, e.address FROM people p LEFT JOIN emails e ON e.person = p.id;
CREATE FUNCTION contacts_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO people VALUES (NEW.id, NEW.name);
        INSERT INTO emails VALUES (NEW.id, NEW.address);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE people SET name = NEW.name WHERE id = OLD.id;
        UPDATE emails SET address = NEW.address WHERE person = OLD.id;
        RETURN NEW;
    END IF;
    DELETE FROM emails WHERE person = OLD.id;
    DELETE FROM people WHERE id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER contacts_insert INSTEAD OF INSERT ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_write();
CREATE TRIGGER contacts_change INSTEAD OF UPDATE OR DELETE ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_write();
COMMENT ON TRIGGER contacts_insert ON contacts IS 'writes both tables';
-- A view that stays gets a trigger of its own.
CREATE VIEW names AS SELECT id, name FROM people;
CREATE FUNCTION names_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people VALUES (NEW.id, NEW.name);
    RETURN NEW;
END $$;
CREATE TRIGGER names_insert INSTEAD OF INSERT ON names
    FOR EACH ROW EXECUTE FUNCTION names_write();
INSERT INTO people VALUES (1, 'Ada');
