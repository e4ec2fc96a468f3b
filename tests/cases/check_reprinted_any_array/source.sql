-- Checks and indexes PostgreSQL prints differently once it reads its own
-- text again (IN lists on varchar become a cast of the whole array, which
-- read back is a cast of each element): made anew, they print as here.
CREATE DOMAIN order_status AS varchar(20) CHECK (VALUE IN ('new', 'paid', 'shipped'));
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL CHECK (status IN ('new', 'paid', 'shipped')),
    kind character varying CHECK (kind::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])),
    code numeric CHECK (code::text = ANY ((ARRAY[1, 2]::integer[])::text[])),
    state order_status
);
CREATE INDEX orders_open ON orders (id) WHERE status IN ('new', 'paid');
