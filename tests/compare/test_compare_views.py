"""krakn.compare.views on hand-built snapshots: views and materialized views."""

from __future__ import annotations

from compare_helpers import ops_of, said, snapshot

from krakn.catalog.views import View
from krakn.ops.views import CreateViewOp, DropViewOp, SetViewCommentOp


def view(name: str, definition: str = " SELECT 1 AS one;", materialized: bool = False,
         comment: str | None = None) -> View:
    return View("public", name, materialized, definition, "", comment)


def with_views(*views: View):
    snap = snapshot()
    for v in views:
        snap.views.views[v.key] = v
    return snap


def test_added_removed_and_changed_views():
    """New views are created, gone ones dropped, a changed one dropped and made again."""
    src = with_views(view("fresh"), view("changed", " SELECT 2 AS two;"),
                     view("totals", materialized=True))
    tgt = with_views(view("gone"), view("changed"))
    found = ops_of(src, tgt)
    kinds = sorted((type(op).__name__, op.view.name) for op in found)
    assert kinds == sorted([
        ("CreateViewOp", "fresh"), ("CreateViewOp", "totals"), ("DropViewOp", "gone"),
        ("DropViewOp", "changed"), ("CreateViewOp", "changed")])
    replace = next(op for op in found if isinstance(op, CreateViewOp) and op.view.name == "changed")
    assert replace.replaces == view("changed")
    assert sorted(said(src, tgt)) == sorted([
        "+ Added view 'fresh'", "+ Added materialized view 'totals'", "- Removed view 'gone'",
        "~ Changed view 'changed'"])


def test_comment_only_is_no_rebuild():
    """A view whose comment alone differs gets COMMENT ON VIEW, not a drop and create."""
    src, tgt = with_views(view("v", comment="new")), with_views(view("v"))
    found = ops_of(src, tgt)
    assert [type(op) for op in found] == [SetViewCommentOp]
    assert not any(isinstance(op, DropViewOp) for op in found)
    assert found[0].statements() == ["COMMENT ON VIEW \"public\".\"v\" IS 'new'"]
