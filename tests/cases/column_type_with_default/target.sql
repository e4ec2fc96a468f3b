-- Type changes on columns that also carry defaults: varchar, integer and text with defaults.
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'new',
    quantity integer NOT NULL DEFAULT 1,
    rating text DEFAULT '0'
);
INSERT INTO orders (id, rating) VALUES (1, '5'), (2, DEFAULT);
