-- Published tables that become a view and a sequence leave their
-- publications; a view becomes a table and is added.
CREATE TABLE base (id integer PRIMARY KEY, label text);
CREATE VIEW report AS SELECT id, label FROM base;
CREATE SEQUENCE counter;
CREATE TABLE snapshot (id integer, label text);
CREATE PUBLICATION feed FOR TABLE base, snapshot;
CREATE PUBLICATION report_only FOR TABLE snapshot WITH (publish = 'insert');
