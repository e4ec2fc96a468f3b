-- Wider columns, and items on the other wrapper's server.
CREATE FOREIGN DATA WRAPPER files;
CREATE FOREIGN DATA WRAPPER archive;
CREATE FOREIGN DATA WRAPPER vault_fdw;
CREATE SERVER imports FOREIGN DATA WRAPPER files;
CREATE SERVER vault FOREIGN DATA WRAPPER vault_fdw;

CREATE FOREIGN TABLE orders (
    id integer NOT NULL,
    amount bigint,
    note varchar(40) COLLATE "C",
    region text
) SERVER imports OPTIONS (filename 'orders.csv');
CREATE VIEW big_orders AS SELECT id, amount, note FROM orders WHERE amount > 100;
CREATE VIEW top_orders AS SELECT id, amount FROM big_orders ORDER BY amount DESC LIMIT 10;
CREATE VIEW regions AS SELECT DISTINCT region FROM orders;
GRANT SELECT ON big_orders TO PUBLIC;

CREATE FOREIGN TABLE items (id integer, label text) SERVER vault;
CREATE VIEW item_labels AS SELECT label FROM items;
