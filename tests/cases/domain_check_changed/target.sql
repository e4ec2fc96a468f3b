CREATE DOMAIN percent AS integer DEFAULT 0
    CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 1000);
CREATE DOMAIN code AS text DEFAULT 'x' CONSTRAINT code_short CHECK (length(VALUE) < 10);
CREATE DOMAIN label AS text CHECK (VALUE <> '');
CREATE TABLE scores (
    id integer PRIMARY KEY,
    pct percent,
    tag code
);
INSERT INTO scores VALUES (1, 50, 'a'), (2, 100, 'b');
