"""Dependency graphs: depths (a cycle cut the same way every time), load levels (shared)."""

from __future__ import annotations

import itertools

from krakn.graph import components, depths, load_levels, strongly_connected
from krakn.names import TableName


def names(*bare: str) -> list[TableName]:
    return [TableName("public", b) for b in bare]


def test_depth_counts_levels_below() -> None:
    """A node on two levels of others stands at depth 2; unknown nodes are ignored."""
    edges = {"view": {"base", "mid"}, "mid": {"base", "elsewhere"}, "base": set()}
    assert depths(edges) == {"base": 0, "mid": 1, "view": 2}


def test_cycle_is_cut_the_same_way_whatever_the_order() -> None:
    """Every insertion order of a three-node cycle gives the same depths."""
    cycle = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    seen = set()
    for order in itertools.permutations(cycle):
        edges = {node: set(cycle[node]) for node in order}
        seen.add(tuple(sorted(depths(edges).items())))
    assert len(seen) == 1


def test_levels_follow_foreign_keys_not_names():
    """Referenced tables come first; ties are broken by name."""
    levels, cycles = load_levels(names("a", "b", "c", "d"),
                                 [(n[0], n[1]) for n in (names("a", "b"), names("b", "c"))])
    assert levels == dict(zip(names("a", "b", "c", "d"), [2, 1, 0, 0], strict=True))
    assert cycles == set()


def test_cycle_shares_a_level_and_is_reported():
    """A cycle's tables share a level, and its edges (not the self-reference) are returned."""
    a, b, c, d = names("a", "b", "c", "d")
    levels, cycles = load_levels([a, b, c, d], [(a, b), (b, a), (c, a), (d, d), (a, d)])
    assert levels == {d: 0, a: 1, b: 1, c: 2}
    assert cycles == {(a, b), (b, a)}


def test_depths_and_levels_agree_without_cycles() -> None:
    """On a graph without cycles every node gets the same number from both orders."""
    edges = {"view": {"base", "mid"}, "mid": {"base"}, "base": set(), "alone": set()}
    levels, cycles = load_levels(edges, [(a, b) for a, bs in edges.items() for b in bs])
    assert levels == depths(edges) == {"base": 0, "mid": 1, "view": 2, "alone": 0}
    assert cycles == set()


def test_strongly_connected_sets_and_components() -> None:
    """A two-way pair is one strongly connected set; components join links either way."""
    found = strongly_connected(["a", "b", "c", "d"], [("a", "b"), ("b", "a"), ("c", "a")])
    assert found["a"] == found["b"] and len({found["a"], found["c"], found["d"]}) == 3
    assert components(["d", "c", "b", "a", "e"], [("a", "b"), ("c", "b"), ("x", "e")]) == [
        ["a", "b", "c"], ["d"], ["e"]]
