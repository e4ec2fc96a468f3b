-- "Production": the schema as it runs today, with real rows.
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
    temp_flag boolean,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO users (name, email) VALUES ('Ada', 'ada@example.org'), ('Linus', 'linus@example.org');
INSERT INTO products (title, price) VALUES ('Lamp', 25), ('Desk', 180);
INSERT INTO orders (user_id, temp_flag) VALUES (1, true), (2, false);
