CREATE TABLE placeholder (id integer);
