-- Narrowing type changes: the wider originals holding values that convert.
CREATE TABLE products (
    id bigint PRIMARY KEY,
    code varchar(255) NOT NULL,
    stock bigint,
    shelf text
);
INSERT INTO products VALUES (1, 'P-001', 40, '12'), (2, 'P-002', NULL, ' 7'), (3, 'P-003', 0, NULL);
