-- A unique index and a partial (WHERE) index added: the target has a plain index to be removed.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    slug text,
    deleted_at timestamptz
);
CREATE INDEX accounts_slug_idx ON accounts (slug);
INSERT INTO accounts VALUES (1, 'a@x.org', 'a', NULL), (2, 'b@x.org', 'a', now());
