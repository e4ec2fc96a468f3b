"""The demo's shop: production as it runs today (with rows), and a test schema that ran ahead.

The same shop as examples/shop_prod.sql and examples/shop_test.sql, with more
rows; kept in the package, which a pip install carries (examples/ it does not).
"""

from __future__ import annotations

PRODUCTION = """
CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL UNIQUE
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    title text NOT NULL,
    price integer NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    product_id integer NOT NULL REFERENCES products (id),
    temp_flag boolean,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO users (name, email)
SELECT first || ' ' || last, lower(first || '.' || last) || '@example.org'
FROM unnest(ARRAY['Ada', 'Grace', 'Linus', 'Barbara', 'Dennis', 'Margaret', 'Ken',
                  'Frances']) AS first,
     unnest(ARRAY['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Ritchie', 'Hamilton',
                  'Thompson', 'Allen']) AS last;
INSERT INTO products (title, price)
VALUES ('Desk lamp', 25), ('Standing desk', 480), ('Office chair', 210), ('Notebook', 4),
       ('Fountain pen', 38), ('Monitor arm', 95), ('Keyboard', 120), ('Headphones', 150);
INSERT INTO orders (user_id, product_id, temp_flag, created_at)
SELECT 1 + (n * 7) % 8, 1 + (n * 5) % 8, n % 3 = 0,
       timestamptz '2024-01-01 09:00+00' + n * interval '17 hours'
FROM generate_series(1, 60) AS n;
ANALYZE;
"""

TEST = """
CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email text NOT NULL UNIQUE,
    email_verified boolean NOT NULL DEFAULT false
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    title text NOT NULL,
    price numeric(10,2) NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
COMMENT ON COLUMN users.email_verified IS 'set once the address answered';
"""
