-- Before: the log table, no functions or event triggers.
CREATE TABLE ddl_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tag text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
