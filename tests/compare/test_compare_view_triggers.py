"""krakn.compare.view_triggers on hand-built snapshots: INSTEAD OF triggers on views."""

from __future__ import annotations

from dataclasses import replace

from compare_helpers import ops_of, said, snapshot

from krakn.api import plan_migration
from krakn.catalog.routines import Trigger
from krakn.catalog.side import Side
from krakn.catalog.views import View
from krakn.ops.phases import Phase
from krakn.ops.routines import CreateTriggerOp, DropTriggerOp
from krakn.options import CompareOptions

T = Trigger("public", "v", "ins", "CREATE TRIGGER ins INSTEAD OF INSERT ON public.v FOR EACH ROW "
            "EXECUTE FUNCTION w()", "O", None, on_view=True)


def with_view(*triggers: Trigger, definition: str = " SELECT 1 AS a;"):
    snap = snapshot()
    snap.views.views[("public", "v")] = View("public", "v", False, definition, "", None)
    for t in triggers:
        snap.routines.triggers[(t.schema, t.table, t.name)] = t
    return snap


def test_added_removed_changed_commented():
    """A view's triggers are made, dropped, made again, and commented, as tables' are."""
    upd = replace(T, name="upd", definition=T.definition.replace("INSERT", "UPDATE"))
    assert said(with_view(T), with_view()) == ["+ Added trigger 'ins' to 'v'"]
    assert said(with_view(), with_view(T)) == ["- Removed trigger 'ins' from 'v'"]
    assert said(with_view(replace(upd, definition=T.definition)), with_view(upd)) == [
        "~ Changed trigger 'upd' on 'v'"]
    assert said(with_view(replace(T, comment="c")), with_view(T)) == [
        "~ Changed comment on trigger 'ins' on 'v'"]


def test_made_after_views_dropped_before_them():
    """A view's trigger is made once views exist and dropped before a view goes."""
    assert CreateTriggerOp(T).phase > Phase.CREATE_VIEWS
    assert DropTriggerOp(T).phase < Phase.DROP_VIEWS


def test_a_dropped_views_triggers_are_dropped_first():
    """The view goes: its trigger is dropped in a step of its own (its reverse needs it)."""
    found = ops_of(snapshot(), with_view(T))
    assert sorted(type(op).__name__ for op in found) == ["DropTriggerOp", "DropViewOp"]


def test_a_changed_view_gets_its_triggers_back():
    """A view made again: its unchanged trigger goes before and comes back after, silently."""
    lines = said(with_view(T, definition=" SELECT 2 AS a;"), with_view(T))
    assert lines == ["~ Changed view 'v'"]
    plan = plan_migration(Side(with_view(T, definition=" SELECT 2 AS a;")), Side(with_view(T)),
                          CompareOptions())
    order = [type(s.op).__name__ for s in plan.steps]
    assert order == ["DropTriggerOp", "DropViewOp", "CreateViewOp", "RecreateTriggerOp"]
