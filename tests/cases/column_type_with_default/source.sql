-- Type changes on columns that also carry defaults: the default must survive or be re-set.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new'::text,
    quantity bigint NOT NULL DEFAULT 1,
    rating integer DEFAULT 0
);
