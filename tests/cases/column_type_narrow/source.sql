-- Narrowing type changes whose data fits: bigint -> integer, varchar(255) -> varchar(50), text -> integer.
CREATE TABLE products (
    id integer PRIMARY KEY,
    code varchar(50) NOT NULL,
    stock integer,
    shelf integer
);
