-- Unique constraints: the target's set differs (username unique alone, handle unique alone).
CREATE TABLE members (
    id integer PRIMARY KEY,
    email text,
    username text,
    org_id integer,
    handle text,
    CONSTRAINT members_username_key UNIQUE (username),
    CONSTRAINT members_handle_key UNIQUE (handle)
);
INSERT INTO members VALUES (1, 'a@x.org', 'a', 1, 'aa'), (2, 'b@x.org', 'b', 1, 'bb');
