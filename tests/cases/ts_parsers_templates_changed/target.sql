-- The template on simple's functions, the parser with a headline function.
CREATE TEXT SEARCH TEMPLATE stem_tmpl (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH PARSER words_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype,
                                     HEADLINE = prsd_headline);
CREATE TEXT SEARCH PARSER other_prs (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype);
COMMENT ON TEXT SEARCH PARSER other_prs IS 'old words';
CREATE TEXT SEARCH DICTIONARY stem_dict (TEMPLATE = stem_tmpl, stopwords = 'english');
CREATE TEXT SEARCH CONFIGURATION words (PARSER = words_prs);
ALTER TEXT SEARCH CONFIGURATION words ADD MAPPING FOR asciiword WITH stem_dict;
CREATE TEXT SEARCH CONFIGURATION stems (PARSER = pg_catalog."default");
ALTER TEXT SEARCH CONFIGURATION stems ADD MAPPING FOR asciiword, word WITH stem_dict, simple;
CREATE TEXT SEARCH CONFIGURATION others (PARSER = other_prs);
ALTER TEXT SEARCH CONFIGURATION others ADD MAPPING FOR word WITH simple;
