"""krakn.catalog.aggregates on a live database: each option read back as written."""

from __future__ import annotations

import pytest

from krakn.catalog.aggregates import read_aggregates

SCHEMA = """
CREATE FUNCTION cat(text, text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || $2 $$;
CREATE FUNCTION fin(text) RETURNS integer LANGUAGE sql AS $$ SELECT length($1) $$;
CREATE AGGREGATE empty_init(text) (SFUNC = cat, STYPE = text, INITCOND = '');
CREATE AGGREGATE no_init(text) (SFUNC = cat, STYPE = text, FINALFUNC = fin,
                                PARALLEL = SAFE);
COMMENT ON AGGREGATE no_init(text) IS 'a note';
CREATE FUNCTION pick(text[], integer, text) RETURNS text LANGUAGE sql AS $$ SELECT $1[$2] $$;
CREATE FUNCTION push(text[], text) RETURNS text[] LANGUAGE sql AS $$ SELECT $1 || $2 $$;
CREATE AGGREGATE nth(integer ORDER BY text) (SFUNC = push, STYPE = text[], FINALFUNC = pick,
                                             FINALFUNC_EXTRA, INITCOND = '{}');
"""


@pytest.fixture(scope="module")
def found(make_module_db, query_on_module):
    """The aggregates of SCHEMA, read back."""
    db = make_module_db()
    db.load(SCHEMA)
    return read_aggregates(query_on_module(db.url), ["public"])


def test_empty_initcond_is_not_none(found):
    """INITCOND = '' is written back; an aggregate without one has none."""
    assert "INITCOND = ''" in found[("public", "empty_init", "text")].definition
    assert "INITCOND" not in found[("public", "no_init", "text")].definition


def test_final_function_parallel_and_comment(found):
    """FINALFUNC and PARALLEL are read, schema-qualified, with the comment."""
    agg = found[("public", "no_init", "text")]
    assert 'FINALFUNC = "public"."fin"' in agg.definition
    assert "PARALLEL = SAFE" in agg.definition
    assert agg.comment == "a note"
    assert agg.signature == 'AGGREGATE "public"."no_init"(text)'


def test_ordered_set_aggregate(found):
    """An ordered-set aggregate keeps its ORDER BY arguments and FINALFUNC_EXTRA."""
    agg = found[("public", "nth", "integer, text")]
    assert agg.definition.startswith('CREATE AGGREGATE "public"."nth"(integer ORDER BY text)')
    assert "FINALFUNC_EXTRA" in agg.definition
    assert agg.identity == "integer ORDER BY text"
