-- A dictionary's stop words change in place; another gets a new template
-- (dropped and made again, with the configuration mapping to it); mappings
-- added, changed and removed; a comment changes.
CREATE TEXT SEARCH DICTIONARY docs_simple (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH DICTIONARY docs_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH DICTIONARY tags_dict (TEMPLATE = simple, ACCEPT = false);
COMMENT ON TEXT SEARCH DICTIONARY tags_dict IS 'Tag words';
CREATE TEXT SEARCH CONFIGURATION docs (PARSER = default);
COMMENT ON TEXT SEARCH CONFIGURATION docs IS 'Documentation search, stemmed';
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR asciiword, word WITH docs_simple, docs_stem;
ALTER TEXT SEARCH CONFIGURATION docs ADD MAPPING FOR email, url WITH simple;
CREATE TEXT SEARCH CONFIGURATION tags (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION tags ADD MAPPING FOR asciiword WITH tags_dict;

CREATE TABLE pages (id integer PRIMARY KEY, body text NOT NULL);
CREATE INDEX pages_body_fts ON pages USING gin (to_tsvector('public.docs'::regconfig, body));
