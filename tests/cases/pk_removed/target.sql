-- A primary key removed: the target still has one.
CREATE TABLE audit_lines (
    id integer PRIMARY KEY,
    line text
);
INSERT INTO audit_lines VALUES (1, 'x');
