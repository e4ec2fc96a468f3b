-- The ticketing schema with fewer and older comments; no notes yet.
-- Here number is bigint: open_tickets is rebuilt around its change of type.
CREATE SCHEMA desk;
CREATE TYPE desk.priority AS ENUM ('low', 'normal', 'high');
CREATE TYPE desk.contact AS (email text, phone text);
CREATE DOMAIN desk.minutes AS integer CONSTRAINT minutes_positive CHECK (VALUE >= 0);
CREATE SEQUENCE desk.ticket_number START 1000;

CREATE TABLE desk.tickets (
    id serial PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('desk.ticket_number'),
    title text NOT NULL,
    priority desk.priority NOT NULL DEFAULT 'normal',
    spent desk.minutes NOT NULL DEFAULT 0,
    reporter desk.contact,
    CONSTRAINT title_not_blank CHECK (title <> '')
);
CREATE INDEX tickets_priority_idx ON desk.tickets (priority);
CREATE FUNCTION desk.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER tickets_touch BEFORE UPDATE ON desk.tickets
    FOR EACH ROW EXECUTE FUNCTION desk.touch();
ALTER TABLE desk.tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_read ON desk.tickets FOR SELECT USING (true);

CREATE VIEW desk.open_tickets AS
    SELECT id, number, title, priority FROM desk.tickets WHERE spent < 600;
CREATE MATERIALIZED VIEW desk.time_by_priority AS
    SELECT priority, sum(spent) AS total FROM desk.tickets GROUP BY priority;
CREATE UNIQUE INDEX time_by_priority_key ON desk.time_by_priority (priority);

COMMENT ON SEQUENCE desk.ticket_number IS 'ticket numbers';
COMMENT ON COLUMN desk.open_tickets.title IS 'old title comment';
COMMENT ON COLUMN desk.open_tickets.priority IS 'current priority';
COMMENT ON COLUMN desk.time_by_priority.total IS 'total';
COMMENT ON COLUMN desk.contact.phone IS 'old: call here';
COMMENT ON CONSTRAINT minutes_positive ON DOMAIN desk.minutes IS 'not negative';
COMMENT ON TRIGGER tickets_touch ON desk.tickets IS 'old trigger comment';
COMMENT ON POLICY tickets_read ON desk.tickets IS 'old policy comment';
COMMENT ON TYPE desk.priority IS 'levels';
