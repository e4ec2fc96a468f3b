-- A primary key added: the target table has no key (but unique, non-null data).
CREATE TABLE sessions (
    token text,
    user_id integer
);
INSERT INTO sessions VALUES ('abc', 1), ('def', 2);
