-- Snowball's functions, no headline.
CREATE TEXT SEARCH TEMPLATE stem_tmpl (INIT = dsnowball_init, LEXIZE = dsnowball_lexize);
CREATE TEXT SEARCH PARSER words_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH PARSER other_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype);
COMMENT ON TEXT SEARCH PARSER other_prs IS 'new words';
CREATE TEXT SEARCH DICTIONARY stem_dict (TEMPLATE = stem_tmpl, language = 'english');
CREATE TEXT SEARCH CONFIGURATION words (PARSER = words_prs);
ALTER TEXT SEARCH CONFIGURATION words ADD MAPPING FOR asciiword WITH stem_dict;
CREATE TEXT SEARCH CONFIGURATION stems (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION stems ADD MAPPING FOR asciiword, word WITH stem_dict, simple;
CREATE TEXT SEARCH CONFIGURATION others (PARSER = other_prs);
ALTER TEXT SEARCH CONFIGURATION others ADD MAPPING FOR word WITH simple;
