-- A primary key removed; the column stays NOT NULL explicitly.
CREATE TABLE audit_lines (
    id integer NOT NULL,
    line text
);
