CREATE TYPE ticket_state AS ENUM ('new', 'open', 'closed');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'new',
    CONSTRAINT tickets_not_new_closed CHECK (state <> 'closed' OR id > 0)
);
CREATE INDEX tickets_open ON tickets (id) WHERE state = 'open';
CREATE INDEX tickets_active ON tickets (id) WHERE state IN ('new', 'open');
CREATE VIEW open_tickets AS SELECT id FROM tickets WHERE state = 'open';
INSERT INTO tickets VALUES (1, 'open'), (2, 'closed');
