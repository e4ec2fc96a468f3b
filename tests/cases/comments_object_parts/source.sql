-- Comments on the parts of a small ticketing schema: sequences (a serial
-- one too), view and materialized-view columns, a materialized view's
-- index, a domain's check, a composite type's attribute, keys, an index,
-- a trigger, a policy, types and a function.
CREATE SCHEMA desk;
CREATE TYPE desk.priority AS ENUM ('low', 'normal', 'high');
CREATE TYPE desk.contact AS (email text, phone text);
CREATE DOMAIN desk.minutes AS integer CONSTRAINT minutes_positive CHECK (VALUE >= 0);
CREATE SEQUENCE desk.ticket_number START 1000;

CREATE TABLE desk.tickets (
    id serial PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('desk.ticket_number'),
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

CREATE TABLE desk.notes (id serial PRIMARY KEY, ticket_id integer NOT NULL, body text);
CREATE VIEW desk.recent_notes AS SELECT id, ticket_id, body FROM desk.notes;

COMMENT ON SEQUENCE desk.ticket_number IS 'numbers shown to customers';
COMMENT ON SEQUENCE desk.tickets_id_seq IS 'internal ids';
COMMENT ON SEQUENCE desk.notes_id_seq IS 'note ids';
COMMENT ON COLUMN desk.open_tickets.number IS 'as shown to the customer';
COMMENT ON COLUMN desk.open_tickets.priority IS 'current priority';
COMMENT ON COLUMN desk.time_by_priority.total IS 'minutes spent';
COMMENT ON INDEX desk.time_by_priority_key IS 'for REFRESH CONCURRENTLY';
COMMENT ON COLUMN desk.recent_notes.body IS 'note text';
COMMENT ON CONSTRAINT minutes_positive ON DOMAIN desk.minutes IS 'no negative time';
COMMENT ON COLUMN desk.contact.email IS 'where replies go';
COMMENT ON CONSTRAINT title_not_blank ON desk.tickets IS 'a title says something';
COMMENT ON CONSTRAINT tickets_pkey ON desk.tickets IS 'internal id';
COMMENT ON INDEX desk.tickets_priority_idx IS 'triage queue';
COMMENT ON TRIGGER tickets_touch ON desk.tickets IS 'keeps rows fresh';
COMMENT ON POLICY tickets_read ON desk.tickets IS 'everyone reads';
COMMENT ON TYPE desk.priority IS 'triage levels';
COMMENT ON TYPE desk.contact IS 'how to reach someone';
COMMENT ON DOMAIN desk.minutes IS 'time in minutes';
COMMENT ON FUNCTION desk.touch() IS 'trigger body';
