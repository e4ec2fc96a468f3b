-- A generated column's expression changes under indexes (reverse of generated_column_indexed_changed).
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED,
    CONSTRAINT order_lines_total_check CHECK (total >= 0)
);
CREATE INDEX order_lines_total_idx ON order_lines (total);
CREATE INDEX order_lines_plain_idx ON order_lines (total);
CREATE INDEX order_lines_big_idx ON order_lines (id) WHERE total > 100;
CREATE INDEX order_lines_expr_idx ON order_lines ((total * 2));
INSERT INTO order_lines (id, quantity, unit_price) VALUES (1, 2, 10), (2, 30, 5);
