CREATE TYPE mood AS ENUM ('sad', 'happy', 'ok');
CREATE TABLE people (
    id integer PRIMARY KEY,
    m mood NOT NULL DEFAULT 'ok',
    history mood[] DEFAULT '{}'
);
CREATE INDEX people_happy ON people (id) WHERE m = 'happy';
ALTER TABLE people ADD CONSTRAINT happy_needs_id CHECK (m <> 'happy' OR id > 0);
CREATE VIEW happy_people AS SELECT id FROM people WHERE m = 'happy';
CREATE VIEW moods AS SELECT m FROM people;
CREATE FUNCTION is_happy(x mood) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'happy' $$;
CREATE FUNCTION usual() RETURNS mood LANGUAGE sql BEGIN ATOMIC SELECT 'ok'::mood; END;
CREATE TABLE visits (id integer, cheerful boolean DEFAULT is_happy('ok'), m mood);
CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER visits_happy BEFORE INSERT ON visits
    FOR EACH ROW WHEN (NEW.m = 'happy') EXECUTE FUNCTION keep_row();
