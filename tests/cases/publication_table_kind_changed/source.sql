-- Names that become tables in publications: a view and a sequence become
-- tables, which are added once made; a table becomes a view and leaves.
CREATE TABLE base (id integer PRIMARY KEY, label text);
CREATE TABLE report (id integer PRIMARY KEY, label text);
CREATE TABLE counter (id integer PRIMARY KEY);
CREATE VIEW snapshot AS SELECT id, label FROM base;
CREATE PUBLICATION feed FOR TABLE base, report, counter;
CREATE PUBLICATION report_only FOR TABLE report (id) WITH (publish = 'insert');
