-- A primary key whose columns change: the target keys on id alone.
CREATE TABLE documents (
    tenant_id integer NOT NULL,
    id integer PRIMARY KEY,
    title text
);
INSERT INTO documents VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 3, 'c');
