-- total is wider; one rule's action changes, one comment changes, one rule is enabled.
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(12,2),
                     deleted boolean NOT NULL DEFAULT false);
CREATE TABLE order_log (order_id integer, action text, total numeric(10,2));
CREATE VIEW open_orders AS SELECT id, customer, total FROM orders WHERE NOT deleted;
CREATE RULE open_orders_insert AS ON INSERT TO open_orders
    DO INSTEAD INSERT INTO orders (id, customer, total) VALUES (NEW.id, NEW.customer, NEW.total);
COMMENT ON RULE open_orders_insert ON open_orders IS 'adds an order';
CREATE RULE orders_log AS ON UPDATE TO orders WHERE OLD.total IS DISTINCT FROM NEW.total
    DO ALSO INSERT INTO order_log (order_id, action, total) VALUES (NEW.id, 'total', NEW.total);
CREATE RULE orders_soft_delete AS ON DELETE TO orders
    DO INSTEAD UPDATE orders SET deleted = true, total = 0 WHERE id = OLD.id;
CREATE RULE log_quiet AS ON DELETE TO order_log DO INSTEAD NOTHING;
COMMENT ON RULE log_quiet ON order_log IS 'new';
CREATE RULE log_notify AS ON INSERT TO order_log DO ALSO NOTIFY order_log;
