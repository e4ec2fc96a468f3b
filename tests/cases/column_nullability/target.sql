-- Nullability changes both ways: email is nullable (but filled), phone is NOT NULL.
CREATE TABLE contacts (
    id integer PRIMARY KEY,
    email text,
    phone text NOT NULL
);
INSERT INTO contacts VALUES (1, 'a@example.com', '555-0100');
