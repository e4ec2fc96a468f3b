-- A text-search template and parser of the schema's own, on PostgreSQL's
-- functions (C functions: making them takes a superuser), with a dictionary
-- and a configuration on them.
CREATE TEXT SEARCH TEMPLATE plain_tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE plain_tmpl IS 'simple, by another name';
CREATE TEXT SEARCH PARSER words_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype,
                                     HEADLINE = prsd_headline);
COMMENT ON TEXT SEARCH PARSER words_prs IS 'default, by another name';
CREATE TEXT SEARCH PARSER bare_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                    END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH DICTIONARY plain_dict (TEMPLATE = plain_tmpl, stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION words (PARSER = words_prs);
ALTER TEXT SEARCH CONFIGURATION words ADD MAPPING FOR asciiword, word WITH plain_dict;
CREATE TABLE docs (id integer PRIMARY KEY, body text,
                   terms tsvector GENERATED ALWAYS AS (to_tsvector('public.words', body)) STORED);
