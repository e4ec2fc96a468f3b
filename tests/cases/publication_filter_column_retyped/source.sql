-- A column that a publication's column list and row filter name changes
-- type: the table leaves the publication before and joins it again after.
-- A foreign table under a view changes a column the view does not read.
CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20) NOT NULL, total numeric);
CREATE PUBLICATION billing FOR TABLE orders (id, status) WHERE (status <> 'draft');

CREATE FOREIGN DATA WRAPPER remote_wrapper;
CREATE SERVER remote FOREIGN DATA WRAPPER remote_wrapper;
CREATE FOREIGN TABLE remote_stock (sku integer, label text) SERVER remote;
CREATE VIEW stock_skus AS SELECT sku FROM remote_stock;
