"""krakn.catalog.statistics on a live database: definition, target, comment, columns."""

from __future__ import annotations

import pytest

from krakn.catalog.statistics import read_statistics

SCHEMA = """
CREATE TABLE t (a integer, b integer, c text);
CREATE STATISTICS s_ab (ndistinct) ON a, b FROM t;
ALTER STATISTICS s_ab SET STATISTICS 250;
COMMENT ON STATISTICS s_ab IS 'a and b';
CREATE STATISTICS s_expr ON lower(c), a FROM t;
"""


@pytest.fixture(scope="module")
def found(make_module_db, query_on_module):
    """The statistics of SCHEMA, read back."""
    db = make_module_db()
    db.load(SCHEMA)
    return read_statistics(query_on_module(db.url), ["public"])


def test_definition_target_and_comment(found):
    """The statement PostgreSQL prints, the target set on it, its comment and table."""
    s = found[("public", "s_ab")]
    assert s.definition == "CREATE STATISTICS public.s_ab (ndistinct) ON a, b FROM t"
    assert (s.target, s.comment, s.table_schema, s.table) == (250, "a and b", "public", "t")
    assert s.columns == ("a", "b")


def test_expression_columns_and_default_target(found):
    """Columns used in an expression count; no target set reads as -1."""
    s = found[("public", "s_expr")]
    assert s.columns == ("a", "c")
    assert s.target == -1
