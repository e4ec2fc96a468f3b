-- A table leaves its parent (NO INHERIT), which goes: an inherited column it no longer has goes too.
CREATE TABLE child (id integer, extra text);
