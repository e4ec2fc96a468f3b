-- Index details: INCLUDE columns, operator class text_pattern_ops, sort order DESC NULLS LAST.
CREATE TABLE articles (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    title text,
    author_id integer,
    published_at timestamptz
);
CREATE UNIQUE INDEX articles_slug_uidx ON articles (slug) INCLUDE (title, author_id);
CREATE INDEX articles_title_prefix_idx ON articles (title text_pattern_ops);
CREATE INDEX articles_recent_idx ON articles (published_at DESC NULLS LAST, id);
