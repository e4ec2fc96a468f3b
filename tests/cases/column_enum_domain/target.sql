-- An enum and a domain that exist identically on both sides; the columns are still plain text.
CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'closed');
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%_@_%');
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'open',
    reporter text
);
INSERT INTO tickets VALUES (1, 'open', 'a@example.com'), (2, 'closed', NULL);
