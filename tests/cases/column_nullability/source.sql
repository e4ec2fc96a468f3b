-- Nullability changes both ways: one column gains NOT NULL, another loses it.
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    phone text
);
