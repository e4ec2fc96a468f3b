-- Comments on tables and columns: the target's comments are missing, older, or extra.
CREATE TABLE books (
    id integer PRIMARY KEY,
    title text,
    isbn text,
    pages integer
);
COMMENT ON COLUMN books.isbn IS 'ISBN';
COMMENT ON COLUMN books.pages IS 'page count (obsolete)';
CREATE TABLE shelves (id integer PRIMARY KEY);
COMMENT ON TABLE shelves IS 'to be removed';
