-- Column storage and compression: documents kept uncompressed out of line,
-- lz4 for large JSON, a short code kept inline.
CREATE TABLE documents (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text COMPRESSION lz4,
    raw bytea,
    meta jsonb COMPRESSION pglz,
    code varchar(40)
);
ALTER TABLE documents ALTER COLUMN raw SET STORAGE EXTERNAL;
ALTER TABLE documents ALTER COLUMN code SET STORAGE MAIN;
ALTER TABLE documents ALTER COLUMN title SET STORAGE MAIN;

CREATE TABLE attachments (
    id bigint PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents (id),
    content bytea COMPRESSION lz4,
    thumbnail bytea
);
ALTER TABLE attachments ALTER COLUMN thumbnail SET STORAGE EXTERNAL;

CREATE TABLE notes (id integer PRIMARY KEY, note text, extra text COMPRESSION lz4);
