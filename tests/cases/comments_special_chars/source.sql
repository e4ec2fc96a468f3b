-- Comments with single quotes, backslashes, newlines, dollar signs and non-ASCII text must round-trip exactly.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text,
    path text
);
COMMENT ON TABLE notes IS 'Owner''s notes — «ноты» 日本語 ✓';
COMMENT ON COLUMN notes.body IS 'It''s "quoted"; ends with a backslash \';
COMMENT ON COLUMN notes.path IS E'C:\\temp\\new\nsecond line $$ $1';
