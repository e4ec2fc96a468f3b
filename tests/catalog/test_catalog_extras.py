"""krakn.catalog's readers of collations, text search, foreign data, event triggers
and publications, on a real database."""

from __future__ import annotations

import psycopg2
import pytest

from krakn.catalog.extras import ExtrasSnapshot, read_extras
from krakn.catalog.textsearch import parse_options
from krakn.db.query import on_cursor

SCHEMA = """
CREATE SCHEMA app;
CREATE COLLATION app.ci (PROVIDER = icu, LOCALE = 'und-u-ks-level2', DETERMINISTIC = false);
COMMENT ON COLLATION app.ci IS 'no case';
CREATE COLLATION app.bytes (PROVIDER = libc, LC_COLLATE = 'C', LC_CTYPE = 'C.UTF-8');
CREATE TABLE app.users (id int PRIMARY KEY, login text COLLATE app.ci, status text);
CREATE TEXT SEARCH DICTIONARY app.stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION app.search (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION app.search ADD MAPPING FOR word, asciiword WITH app.stop, simple;
CREATE TEXT SEARCH TEMPLATE app.lex (LEXIZE = dsimple_lexize);
COMMENT ON TEXT SEARCH TEMPLATE app.lex IS 'no init';
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken,
                                     END = prsd_end, LEXTYPES = prsd_lextype);
CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'on');
CREATE SERVER s TYPE 'db' FOREIGN DATA WRAPPER w OPTIONS (host 'h');
CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'u', password 'hunter2', sslkey 'k');
CREATE FOREIGN TABLE app.remote (
    id int OPTIONS (column_name 'ID') NOT NULL DEFAULT 0,
    name text COLLATE "C",
    CONSTRAINT remote_id CHECK (id > 0)
) SERVER s OPTIONS (table_name 'T');
COMMENT ON COLUMN app.remote.id IS 'the id';
CREATE FUNCTION app.note() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
CREATE EVENT TRIGGER note ON ddl_command_end WHEN TAG IN ('create table', 'DROP TABLE')
    EXECUTE FUNCTION app.note();
ALTER EVENT TRIGGER note ENABLE ALWAYS;
CREATE PUBLICATION pub FOR TABLE app.users (id, status) WHERE (status <> 'x')
    WITH (publish = 'insert', publish_via_partition_root = true);
CREATE PUBLICATION everything FOR TABLES IN SCHEMA public, app;
"""


@pytest.fixture(scope="module")
def extras(make_module_db) -> ExtrasSnapshot:
    """Everything read from one database holding SCHEMA."""
    db = make_module_db()
    db.load(SCHEMA)
    conn = psycopg2.connect(db.url)
    try:
        return read_extras(on_cursor(conn.cursor()), ["app"])
    finally:
        conn.close()


def test_collations(extras):
    """Provider, locales, determinism and comment; used only where a column uses it."""
    ci, plain = extras.collations[("app", "ci")], extras.collations[("app", "bytes")]
    assert (ci.provider, ci.locale, ci.deterministic, ci.comment, ci.used) == (
        "i", "und-u-ks-level2", False, "no case", True)
    assert (plain.provider, plain.collate, plain.ctype, plain.used) == ("c", "C", "C.UTF-8", False)


def test_text_search(extras):
    """A dictionary's template and options; a configuration's mappings in order."""
    stop = extras.text_search.dictionaries[("app", "stop")]
    assert stop.template == ("pg_catalog", "simple")
    assert stop.options == (("stopwords", "'english'"), ("accept", "'false'"))
    cfg = extras.text_search.configurations[("app", "search")]
    both = (("app", "stop"), ("pg_catalog", "simple"))
    assert cfg.parser == ("pg_catalog", "default")
    assert cfg.mappings == (("asciiword", both), ("word", both))


def test_text_search_templates_parsers(extras):
    """A template's and a parser's functions, schema-qualified, optional ones left out;
    PostgreSQL's own (pg_catalog) are not read."""
    ts = extras.text_search
    assert list(ts.templates) == [("app", "lex")] and list(ts.parsers) == [("app", "words")]
    lex = ts.templates[("app", "lex")]
    assert (lex.functions, lex.comment) == ((("LEXIZE", "pg_catalog", "dsimple_lexize"),),
                                            "no init")
    assert [(opt, fn) for opt, _, fn in ts.parsers[("app", "words")].functions] == [
        ("START", "prsd_start"), ("GETTOKEN", "prsd_nexttoken"), ("END", "prsd_end"),
        ("LEXTYPES", "prsd_lextype")]


def test_foreign_data_without_secrets(extras):
    """Wrapper, server and mapping options as pairs; a mapping's secrets are never read."""
    foreign = extras.foreign
    assert foreign.wrappers["w"].options == (("debug", "on"),)
    assert (foreign.servers["s"].type, foreign.servers["s"].options) == ("db", (("host", "h"),))
    assert foreign.mappings[("s", "")].options == (("user", "u"),)
    assert "hunter2" not in repr(extras)


def test_foreign_table(extras):
    """Columns with options, collation, NOT NULL, default and comment; checks; options."""
    table = extras.foreign.tables[("app", "remote")]
    assert (table.server, table.options) == ("s", (("table_name", "T"),))
    first, second = table.columns
    assert (first.name, first.options, first.notnull, first.default, first.comment) == (
        "id", (("column_name", "ID"),), True, "0", "the id")
    assert second.collation == ("pg_catalog", "C")
    assert [(k.name, k.definition) for k in table.checks] == [("remote_id", "CHECK ((id > 0))")]


def test_event_trigger(extras):
    """Event, tags (as PostgreSQL keeps them), function and state."""
    note = extras.event_triggers["note"]
    assert (note.event, note.tags, note.function, note.enabled) == (
        "ddl_command_end", ("CREATE TABLE", "DROP TABLE"), ("app", "note"), "A")


def test_publication(extras):
    """What it publishes, its tables with column list and row filter, its schemas."""
    pub = extras.publications["pub"]
    assert (pub.all_tables, pub.publish, pub.via_root, pub.schemas) == (
        False, ("insert",), True, ())
    assert extras.publications["everything"].schemas == ("app", "public")
    (users,) = pub.tables
    assert (users.table, users.columns, users.where) == ("users", ("id", "status"),
                                                        "(status <> 'x'::text)")


def test_parse_options():
    """dictinitoption's text as pairs, quotes kept, a doubled quote inside a value."""
    assert parse_options("stopwords = 'english', dictfile = 'it''s'") == (
        ("stopwords", "'english'"), ("dictfile", "'it''s'"))
    assert parse_options(None) == ()
