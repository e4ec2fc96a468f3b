CREATE SEQUENCE ticket_no AS integer;
CREATE SEQUENCE old_counter;
CREATE TABLE tickets (no integer DEFAULT nextval('ticket_no') NOT NULL);
SELECT nextval('ticket_no');
SELECT nextval('ticket_no');
