-- Domains altered in place: checks changed, added and removed, default and NOT NULL.
CREATE DOMAIN percent AS integer DEFAULT 100 NOT NULL
    CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100)
    CONSTRAINT percent_even CHECK (VALUE % 2 = 0);
CREATE DOMAIN code AS text;
CREATE DOMAIN label AS varchar(40) CHECK (VALUE <> '');
CREATE TABLE scores (
    id integer PRIMARY KEY,
    pct percent,
    tag code
);
