"""krakn.catalog.routines' triggers on a real database: user triggers, internal ones when asked."""

from __future__ import annotations

import dataclasses

from krakn.catalog.routines import read_triggers


def test_user_triggers_with_every_field(shop_query):
    """By default only the triggers users made, with definition, state and comment."""
    found = read_triggers(shop_query, ["app"])
    assert list(found) == [("app", "child", "child_touch")]
    trigger = found[("app", "child", "child_touch")]
    assert {f.name: getattr(trigger, f.name) for f in dataclasses.fields(trigger)} == {
        "schema": "app", "table": "child", "name": "child_touch",
        "definition": "CREATE TRIGGER child_touch BEFORE UPDATE ON app.child "
                      "FOR EACH ROW EXECUTE FUNCTION app.touch()",
        "enabled": "D", "comment": "touches", "internal": False, "on_view": False}


def test_internal_triggers_when_asked(shop_query):
    """internal=True adds each foreign key's own triggers, on both tables, flagged internal."""
    found = read_triggers(shop_query, ["app"], internal=True, definitions=False)
    internal = {k: t for k, t in found.items() if t.internal}
    # Two foreign keys: two check triggers on child, two action triggers each on parent.
    assert sorted(k[1] for k in internal) == ["child"] * 4 + ["parent"] * 4
    assert all(k[2].startswith("RI_ConstraintTrigger_") for k in internal)
    assert {t.enabled for t in internal.values()} == {"O"}
    assert {(t.definition, t.comment) for t in found.values()} == {("", None)}
    assert not found[("app", "child", "child_touch")].internal


def test_internal_triggers_are_no_difference(shop_query):
    """A trigger read with internal=True equals the same trigger read without it."""
    plain = read_triggers(shop_query, ["app"])
    both = read_triggers(shop_query, ["app"], internal=True)
    assert {k: both[k] for k in plain} == plain
