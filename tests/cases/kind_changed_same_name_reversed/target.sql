-- Mirror of kind_changed_same_name (its source and target swapped): the way back.
-- Objects that change kind under the same name: a view becomes a table, a
-- table a view, a materialized view a view, a view a materialized view, a
-- sequence a table, a table a sequence.
CREATE TABLE base (id integer PRIMARY KEY, label text);
CREATE TABLE report (id integer, label text);
CREATE VIEW snapshot AS SELECT id, label FROM base;
CREATE VIEW totals AS SELECT count(*) AS n FROM base;
CREATE MATERIALIZED VIEW labels AS SELECT label FROM base;
CREATE TABLE counter (id integer PRIMARY KEY);
CREATE SEQUENCE tickets;
CREATE VIEW on_report AS SELECT id FROM report;
