CREATE TABLE customers (id integer NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('de', 'fr');
INSERT INTO customers VALUES (1, 'de'), (2, 'fr');
