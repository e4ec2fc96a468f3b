-- Mirror of column_storage_compression (its source and target swapped): the way back.
-- Before: default storage everywhere but the body (external, pglz), code
-- had external storage, no attachments table; notes without extra, and a
-- drafts table (lz4, main) that goes away.
CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text COMPRESSION pglz,
    raw bytea,
    meta jsonb,
    code varchar(40)
);
ALTER TABLE documents ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN code SET STORAGE EXTERNAL;

CREATE TABLE notes (id integer PRIMARY KEY, note text);

CREATE TABLE drafts (
    id integer PRIMARY KEY,
    body text COMPRESSION lz4
);
ALTER TABLE drafts ALTER COLUMN body SET STORAGE MAIN;
