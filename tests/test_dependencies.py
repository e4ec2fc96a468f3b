"""Which objects stand on a changed routine or type (krakn.dependencies)."""

from __future__ import annotations

from krakn.catalog.depends import DependsSnapshot
from krakn.dependencies import unrebuilt_users, users_closure

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
