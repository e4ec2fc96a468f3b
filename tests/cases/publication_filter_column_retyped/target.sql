CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric);
CREATE PUBLICATION billing FOR TABLE orders (id, status) WHERE (status <> 'draft');

CREATE FOREIGN DATA WRAPPER remote_wrapper;
CREATE SERVER remote FOREIGN DATA WRAPPER remote_wrapper;
CREATE FOREIGN TABLE remote_stock (sku integer, label varchar(3)) SERVER remote;
CREATE VIEW stock_skus AS SELECT sku FROM remote_stock;
