CREATE TABLE orders (id integer PRIMARY KEY, status varchar(20) NOT NULL, kind character varying);
