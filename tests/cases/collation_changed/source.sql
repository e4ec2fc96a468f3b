-- An unused collation whose locale changes (dropped and made again), one
-- whose comment changes, one that becomes nondeterministic while unused.
CREATE COLLATION sorting (PROVIDER = icu, LOCALE = 'fr-FR');
CREATE COLLATION labels (PROVIDER = libc, LOCALE = 'C');
COMMENT ON COLLATION labels IS 'Byte order for labels';
CREATE COLLATION loose (PROVIDER = icu, LOCALE = 'und-u-ks-level1', DETERMINISTIC = false);
COMMENT ON COLLATION loose IS 'Ignores case and accents';

CREATE TABLE items (id integer PRIMARY KEY, label text COLLATE labels);
