-- An enum and a domain that exist identically on both sides; only the columns start using them.
CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'closed');
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%_@_%');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'open',
    reporter email_address,
    priority ticket_status
);
