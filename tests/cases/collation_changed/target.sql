CREATE COLLATION sorting (PROVIDER = icu, LOCALE = 'de-DE');
CREATE COLLATION labels (PROVIDER = libc, LOCALE = 'C');
COMMENT ON COLLATION labels IS 'Labels';
CREATE COLLATION loose (PROVIDER = icu, LOCALE = 'und-u-ks-level1');

CREATE TABLE items (id integer PRIMARY KEY, label text COLLATE labels);
