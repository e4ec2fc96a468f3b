-- Rules on a view and on tables: writes through a view, an audit trail,
-- a soft delete, and a rule that is disabled.
CREATE TABLE orders (id integer PRIMARY KEY, customer text NOT NULL, total numeric(10,2),
                     deleted boolean NOT NULL DEFAULT false);
CREATE TABLE order_log (order_id integer, action text, at timestamptz DEFAULT now());
CREATE VIEW open_orders AS SELECT id, customer, total FROM orders WHERE NOT deleted;
CREATE RULE open_orders_insert AS ON INSERT TO open_orders
    DO INSTEAD INSERT INTO orders (id, customer, total) VALUES (NEW.id, NEW.customer, NEW.total);
CREATE RULE open_orders_update AS ON UPDATE TO open_orders
    DO INSTEAD UPDATE orders SET customer = NEW.customer, total = NEW.total WHERE id = OLD.id;
COMMENT ON RULE open_orders_update ON open_orders IS 'edits the order';
CREATE RULE orders_soft_delete AS ON DELETE TO orders
    DO INSTEAD UPDATE orders SET deleted = true WHERE id = OLD.id;
CREATE RULE orders_log AS ON UPDATE TO orders WHERE OLD.total IS DISTINCT FROM NEW.total
    DO ALSO INSERT INTO order_log (order_id, action) VALUES (NEW.id, 'total');
CREATE RULE orders_quiet AS ON INSERT TO order_log DO ALSO NOTIFY order_log;
ALTER TABLE order_log DISABLE RULE orders_quiet;
-- A new table arrives with its rule.
CREATE TABLE archive (id integer PRIMARY KEY, body text);
CREATE RULE archive_keep AS ON DELETE TO archive DO INSTEAD NOTHING;
