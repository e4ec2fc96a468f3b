CREATE TABLE words (id integer PRIMARY KEY, word text, label varchar(40) COLLATE "C", note text COLLATE "C");
INSERT INTO words VALUES (1, 'b', 'x', 'n'), (2, 'A', 'y', 'm');
