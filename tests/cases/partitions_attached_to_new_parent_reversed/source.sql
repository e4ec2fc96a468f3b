-- A partitioned table goes; its partitions are detached and stay as plain tables.
CREATE TABLE sales_eu (id bigint NOT NULL, region text NOT NULL, amount numeric);
CREATE TABLE sales_us (id bigint NOT NULL, region text NOT NULL, amount numeric);
