-- The tables and the view, without rules.
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2),
                     deleted boolean NOT NULL DEFAULT false);
CREATE TABLE order_log (order_id integer, action text, at timestamptz DEFAULT now());
CREATE VIEW open_orders AS SELECT id, customer, total FROM orders WHERE NOT deleted;
INSERT INTO orders VALUES (1, 'ada', 10.00, false);
