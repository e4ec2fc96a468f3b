-- Unique constraints: one added, one removed, one with changed columns, a multi-column one added.
CREATE TABLE members (
    id integer PRIMARY KEY,
    email text,
    username text,
    org_id integer,
    handle text,
    CONSTRAINT members_email_key UNIQUE (email),
    CONSTRAINT members_handle_key UNIQUE (org_id, handle),
    CONSTRAINT members_org_username_key UNIQUE (org_id, username)
);
