-- Mirror of row_type_users (its source and target swapped): the way back.
CREATE TABLE legacy (id integer PRIMARY KEY, note text);
