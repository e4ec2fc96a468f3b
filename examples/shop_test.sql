-- "Test": the schema the next release needs, ahead of production.
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
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_user_id_idx ON orders (user_id);
COMMENT ON COLUMN users.email_verified IS 'set once the address answered';
