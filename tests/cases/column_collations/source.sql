-- Collations on columns: one added, one changed, one removed (back to the
-- type's default), and a new table with a collated column.
CREATE TABLE words (id integer PRIMARY KEY, word text COLLATE "C", label varchar(40) COLLATE "POSIX", note text);
CREATE TABLE tags (name text COLLATE "C" NOT NULL);
