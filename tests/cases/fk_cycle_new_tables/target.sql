-- Two new tables whose foreign keys reference each other: the target has neither.
CREATE TABLE users (id integer PRIMARY KEY);
