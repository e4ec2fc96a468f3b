CREATE TABLE child (id integer, extra text);
