CREATE TABLE sales (id bigint NOT NULL, region text NOT NULL, amount numeric) PARTITION BY LIST (region);
CREATE TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu');
CREATE TABLE sales_us PARTITION OF sales FOR VALUES IN ('us');
