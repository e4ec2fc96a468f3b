CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_old (id bigint NOT NULL, placed date NOT NULL, PRIMARY KEY (id, placed));
CREATE INDEX orders_placed_idx ON orders (placed);
CREATE INDEX orders_old_placed_idx ON orders_old (placed);
INSERT INTO orders_old VALUES (1, '2020-01-01');
