-- Array columns: integer[] -> bigint[], varchar(20)[] -> text[], a new text[] column with a default.
CREATE TABLE posts (
    id integer PRIMARY KEY,
    scores bigint[],
    labels text[],
    keywords text[] NOT NULL DEFAULT '{}'::text[]
);
