"""krakn.catalog.rules on a live database: rules on tables and views, what they read."""

from __future__ import annotations

import pytest

from krakn.catalog.rules import read_rules

SCHEMA = """
CREATE TABLE t (id integer PRIMARY KEY, total numeric, note text);
CREATE TABLE log (id integer, total numeric);
CREATE VIEW v AS SELECT id, note FROM t;
CREATE RULE v_ins AS ON INSERT TO v DO INSTEAD INSERT INTO t (id, note) VALUES (NEW.id, NEW.note);
CREATE RULE t_log AS ON UPDATE TO t DO ALSO INSERT INTO log VALUES (NEW.id, NEW.total);
ALTER TABLE t DISABLE RULE t_log;
COMMENT ON RULE t_log ON t IS 'logs totals';
"""


@pytest.fixture(scope="module")
def found(make_module_db, query_on_module):
    """The rules of SCHEMA, read back."""
    db = make_module_db()
    db.load(SCHEMA)
    return read_rules(query_on_module(db.url), ["public"])


def test_views_own_rule_is_left_out(found):
    """A view's _RETURN rule is the view: only the users' rules are read."""
    assert sorted(found) == [("public", "t", "t_log"), ("public", "v", "v_ins")]


def test_state_comment_and_kind(found):
    """A rule's definition (no semicolon), state, comment and whether it is on a view."""
    rule = found[("public", "t", "t_log")]
    assert rule.definition.startswith("CREATE RULE t_log AS")
    assert not rule.definition.endswith(";")
    assert (rule.enabled, rule.comment, rule.on_view) == ("D", "logs totals", False)
    assert found[("public", "v", "v_ins")].on_view


def test_what_a_rule_reads(found):
    """The columns its actions and their targets use: a retyped one makes it go first."""
    reads = found[("public", "t", "t_log")].reads
    assert ("public", "t", "total") in reads
    assert ("public", "log", "total") in reads
