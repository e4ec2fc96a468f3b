-- Mirror of check_reprinted_any_array (its source and target swapped): the way back.
CREATE TABLE orders (id integer PRIMARY KEY, status varchar(20) NOT NULL, kind character varying);
