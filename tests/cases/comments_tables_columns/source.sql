-- Comments on tables and columns: added, changed and removed.
CREATE TABLE books (
    id integer PRIMARY KEY,
    title text,
    isbn text,
    pages integer
);
COMMENT ON TABLE books IS 'Books in the catalogue';
COMMENT ON COLUMN books.title IS 'Display title';
COMMENT ON COLUMN books.isbn IS 'ISBN-13, digits only';
CREATE TABLE shelves (id integer PRIMARY KEY);
