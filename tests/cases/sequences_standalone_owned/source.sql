-- Standalone sequences: one added with options, one whose options change
-- (it has been used), one removed; a sequence given an owner column.
CREATE SEQUENCE invoice_no AS bigint INCREMENT BY 10 START WITH 1000 CACHE 5;
CREATE SEQUENCE ticket_no AS integer INCREMENT BY 2 MINVALUE 1 MAXVALUE 100000 CYCLE;
CREATE TABLE tickets (no integer DEFAULT nextval('ticket_no') NOT NULL);
ALTER SEQUENCE ticket_no OWNED BY tickets.no;
