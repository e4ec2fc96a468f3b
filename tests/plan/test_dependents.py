"""Which objects stand on a changed routine or type, and which the plan rebuilds
(krakn.plan.dependents, over krakn.catalog.depends and krakn.ops.rebuilds)."""

from __future__ import annotations

from krakn.catalog.depends import DependsSnapshot, users_closure
from krakn.ops.rebuilds import REBUILT_KINDS, unrebuilt_users
from krakn.plan import dependents

F = ("routine", "public", "f", "integer")
G = ("routine", "public", "g", "")
MOOD = ("type", "public", "mood")


def _graph() -> DependsSnapshot:
    return DependsSnapshot(users={
        F: {("default", "public", "t", "c"), G},
        G: {("index", "public", "t_g_idx"), ("view", "public", "v")},
        MOOD: {("column", "public", "t", "m"), ("default", "public", "t", "m"),
               ("routine", "public", "h", "mood"), ("domain_constraint", "public", "d", "ok")},
        ("routine", "public", "h", "mood"): {("type", "public", "happy_domain")},
    })


def test_closure_follows_routines_to_their_users() -> None:
    """A routine's users, and the users of a routine that uses it, are all found."""
    assert users_closure(_graph(), {F}) == {
        ("default", "public", "t", "c"), G, ("index", "public", "t_g_idx"),
        ("view", "public", "v")}


def test_closure_keeps_a_root_that_stands_on_another() -> None:
    """When g also changes, it is still in f's closure, so it goes before f."""
    assert G in users_closure(_graph(), {F, G})


def test_default_of_a_retyped_enum_column_is_left_to_the_rebuild() -> None:
    """The enum rebuild drops and sets its columns' defaults itself."""
    found = users_closure(_graph(), {MOOD})
    assert ("default", "public", "t", "m") not in found
    assert ("column", "public", "t", "m") in found


def test_a_type_over_the_enum_cannot_be_rebuilt() -> None:
    """A domain built (through a routine) on the enum is what blocks its rebuild."""
    assert unrebuilt_users(_graph(), MOOD) == [("type", "public", "happy_domain")]
    assert unrebuilt_users(_graph(), F) == []


def test_every_rebuilt_kind_has_a_drop_and_create() -> None:
    """The kinds unrebuilt_users leaves out are exactly those the plan takes down and puts back."""
    assert set(dependents._PAIRS) == REBUILT_KINDS
