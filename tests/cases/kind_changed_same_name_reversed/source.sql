-- Mirror of kind_changed_same_name (its source and target swapped): the way back.
CREATE TABLE base (id integer PRIMARY KEY, label text);
CREATE VIEW report AS SELECT id, label FROM base;
CREATE TABLE snapshot (id integer, label text);
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM base;
CREATE VIEW labels AS SELECT label FROM base;
CREATE SEQUENCE counter;
CREATE TABLE tickets (id integer);
CREATE VIEW on_report AS SELECT id FROM report;
