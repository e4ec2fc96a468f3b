CREATE TABLE events (id integer PRIMARY KEY, at timestamptz);
CREATE FUNCTION fill_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.at := coalesce(NEW.at, now()); RETURN NEW; END $$;
CREATE TRIGGER events_at BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION fill_at();
CREATE TRIGGER events_at_always BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION fill_at();
