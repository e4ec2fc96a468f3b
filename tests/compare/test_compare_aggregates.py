"""krakn.compare.aggregates on hand-built snapshots."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.aggregates import Aggregate
from krakn.ops.aggregates import (
    CreateAggregateOp,
    DropAggregateOp,
    ReplaceAggregateOp,
    SetAggregateCommentOp,
)
from krakn.ops.phases import Phase


def agg(name: str, init: str = "''", comment: str | None = None) -> Aggregate:
    definition = (f'CREATE AGGREGATE "public"."{name}"(text) (\n    SFUNC = "public"."cat",\n'
                  f"    STYPE = text,\n    INITCOND = {init}\n)")
    return Aggregate("public", name, "text", "text", definition, comment)


def with_aggs(*aggs: Aggregate):
    snap = snapshot()
    for a in aggs:
        snap.aggregates[a.key] = a
    return snap


def test_added_removed_changed_and_commented():
    """New ones created, gone ones dropped, a changed one replaced, a comment set alone."""
    src = with_aggs(agg("fresh"), agg("changed", "'x'"), agg("noted", comment="hi"))
    tgt = with_aggs(agg("gone"), agg("changed"), agg("noted"))
    kinds = sorted((type(op).__name__, op.aggregate.name) for op in ops_of(src, tgt))
    assert kinds == [("CreateAggregateOp", "fresh"), ("DropAggregateOp", "gone"),
                     ("ReplaceAggregateOp", "changed"), ("SetAggregateCommentOp", "noted")]
    assert sorted(said(src, tgt)) == sorted([
        "+ Added aggregate 'fresh(text)'", "- Removed aggregate 'gone(text)'",
        "~ Changed aggregate 'changed(text)'", "~ Changed comment on aggregate 'noted(text)'"])


def test_identical_aggregates_are_no_difference():
    """The same aggregate on both sides: nothing to do."""
    assert ops_of(with_aggs(agg("a")), with_aggs(agg("a"))) == []


def test_statements_and_phases():
    """Made after support functions, before views; dropped after the views, before functions."""
    new, old = agg("a", "'x'", comment="it"), agg("a")
    assert CreateAggregateOp(new).statements()[1] == \
        "COMMENT ON AGGREGATE \"public\".\"a\"(text) IS 'it'"
    assert DropAggregateOp(old).statements() == ['DROP AGGREGATE "public"."a"(text)']
    assert ReplaceAggregateOp(new, old).statements()[:2] == [
        'DROP AGGREGATE "public"."a"(text)', new.definition]
    assert Phase.CREATE_ROUTINES < CreateAggregateOp(new).phase < Phase.CREATE_VIEWS
    assert Phase.DROP_VIEWS < DropAggregateOp(old).phase < Phase.DROP_EARLY_ROUTINES
    assert isinstance(SetAggregateCommentOp(new, None).reverse(), SetAggregateCommentOp)


def test_zero_argument_aggregate_is_named_with_a_star():
    """An aggregate of * is dropped and commented as name(*)."""
    star = Aggregate("public", "n", "", "", "CREATE AGGREGATE ...", None)
    assert star.signature == 'AGGREGATE "public"."n"(*)'
