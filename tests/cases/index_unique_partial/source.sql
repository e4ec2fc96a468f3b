-- A unique index and a partial (WHERE) unique index added.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    slug text,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX accounts_email_uidx ON accounts (email);
CREATE UNIQUE INDEX accounts_live_slug_uidx ON accounts (slug) WHERE deleted_at IS NULL;
CREATE INDEX accounts_deleted_idx ON accounts (deleted_at) WHERE deleted_at IS NOT NULL;
