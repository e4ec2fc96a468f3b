CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id integer REFERENCES users (id),
    temp_flag boolean
);
CREATE TABLE products (
    id integer PRIMARY KEY,
    price integer
);
INSERT INTO products VALUES (1, 10);
