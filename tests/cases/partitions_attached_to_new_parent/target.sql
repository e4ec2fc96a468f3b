CREATE TABLE sales_eu (id bigint NOT NULL, region text NOT NULL, amount numeric);
CREATE TABLE sales_us (id bigint NOT NULL, region text NOT NULL, amount numeric);
