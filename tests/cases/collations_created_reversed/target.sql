-- Collations: a case-insensitive ICU one for user names, a libc one for
-- codes, used by a column, a domain and an index; their comments.
CREATE COLLATION case_insensitive (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
COMMENT ON COLLATION case_insensitive IS 'Compares without case';
CREATE COLLATION codes (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C.UTF-8');
CREATE SCHEMA text_rules;
CREATE COLLATION text_rules.german (PROVIDER = icu, LOCALE = 'de-DE');

CREATE DOMAIN code_text AS text COLLATE codes;

CREATE TABLE users (
    id bigint PRIMARY KEY,
    login text COLLATE case_insensitive NOT NULL UNIQUE,
    country_code code_text,
    city text COLLATE text_rules.german
);
CREATE INDEX users_city_sorted ON users (city COLLATE codes);
