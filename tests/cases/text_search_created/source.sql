-- Full-text search on articles: a dictionary with a stop-word list, a
-- snowball stemmer, a configuration mapping word tokens through both, used
-- by a generated column and an expression index.
CREATE TEXT SEARCH DICTIONARY article_simple (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
COMMENT ON TEXT SEARCH DICTIONARY article_simple IS 'Drops English stop words';
CREATE TEXT SEARCH DICTIONARY article_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION articles (PARSER = default);
COMMENT ON TEXT SEARCH CONFIGURATION articles IS 'Article search';
ALTER TEXT SEARCH CONFIGURATION articles
    ADD MAPPING FOR asciiword, word, hword_part WITH article_simple, article_stem;
ALTER TEXT SEARCH CONFIGURATION articles ADD MAPPING FOR int, uint WITH simple;

CREATE TABLE articles (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public.articles'::regconfig, title || ' ' || body)) STORED
);
CREATE INDEX articles_title_fts ON articles USING gin (to_tsvector('public.articles'::regconfig, title));
