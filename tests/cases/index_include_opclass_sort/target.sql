-- Index details: the target has none of these indexes.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    title text,
    author_id integer,
    published_at timestamptz
);
INSERT INTO articles VALUES (1, 'hello', 'Hello', 1, NULL);
