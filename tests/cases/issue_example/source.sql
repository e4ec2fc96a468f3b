-- The three changes of krakn's README: a new column, a dropped one, a wider type.
CREATE TABLE users (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email_verified boolean NOT NULL DEFAULT false
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id integer REFERENCES users (id)
);
CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(10,2)
);
INSERT INTO users (name) VALUES ('ann'), ('bob');
INSERT INTO products VALUES (1, 10.50), (2, 3.25), (3, 7.00);
