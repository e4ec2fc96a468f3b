-- Comments with special characters: the target has plain or no comments.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text,
    path text
);
COMMENT ON TABLE notes IS 'notes';
